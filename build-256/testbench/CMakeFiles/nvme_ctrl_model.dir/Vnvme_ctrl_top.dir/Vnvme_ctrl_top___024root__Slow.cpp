// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vnvme_ctrl_top.h for the primary calling header

#include "verilated.h"

#include "Vnvme_ctrl_top__Syms.h"
#include "Vnvme_ctrl_top___024root.h"

void Vnvme_ctrl_top___024root___ctor_var_reset(Vnvme_ctrl_top___024root* vlSelf);

Vnvme_ctrl_top___024root::Vnvme_ctrl_top___024root(Vnvme_ctrl_top__Syms* symsp, const char* v__name)
    : VerilatedModule{v__name}
    , vlSymsp{symsp}
 {
    // Reset structure values
    Vnvme_ctrl_top___024root___ctor_var_reset(this);
}

void Vnvme_ctrl_top___024root::__Vconfigure(bool first) {
    if (false && first) {}  // Prevent unused
}

Vnvme_ctrl_top___024root::~Vnvme_ctrl_top___024root() {
}
