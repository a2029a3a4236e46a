// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Constant pool
//

#include "verilated.h"

extern const VlWide<8>/*255:0*/ Vpcie_ep__ConstPool__CONST_h9e67c271_0 = {{
    0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000
}};

extern const VlWide<14>/*447:0*/ Vpcie_ep__ConstPool__CONST_hb0e0ad07_0 = {{
    0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000
}};
