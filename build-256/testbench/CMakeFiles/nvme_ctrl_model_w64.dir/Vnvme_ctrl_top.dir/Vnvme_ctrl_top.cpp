// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Model implementation (design independent parts)

#include "Vnvme_ctrl_top.h"
#include "Vnvme_ctrl_top__Syms.h"
#include "verilated_fst_c.h"

//============================================================
// Constructors

Vnvme_ctrl_top::Vnvme_ctrl_top(VerilatedContext* _vcontextp__, const char* _vcname__)
    : VerilatedModel{*_vcontextp__}
    , vlSymsp{new Vnvme_ctrl_top__Syms(contextp(), _vcname__, this)}
    , clk_i{vlSymsp->TOP.clk_i}
    , rst_ni{vlSymsp->TOP.rst_ni}
    , rx_tlp_keep_i{vlSymsp->TOP.rx_tlp_keep_i}
    , rx_tlp_last_i{vlSymsp->TOP.rx_tlp_last_i}
    , rx_tlp_valid_i{vlSymsp->TOP.rx_tlp_valid_i}
    , rx_tlp_ready_o{vlSymsp->TOP.rx_tlp_ready_o}
    , tx_tlp_keep_o{vlSymsp->TOP.tx_tlp_keep_o}
    , tx_tlp_last_o{vlSymsp->TOP.tx_tlp_last_o}
    , tx_tlp_valid_o{vlSymsp->TOP.tx_tlp_valid_o}
    , tx_tlp_ready_i{vlSymsp->TOP.tx_tlp_ready_i}
    , sim_req_i{vlSymsp->TOP.sim_req_i}
    , sim_we_i{vlSymsp->TOP.sim_we_i}
    , sim_idle_o{vlSymsp->TOP.sim_idle_o}
    , sim_addr_i{vlSymsp->TOP.sim_addr_i}
    , sim_wdata_i{vlSymsp->TOP.sim_wdata_i}
    , sim_rdata_o{vlSymsp->TOP.sim_rdata_o}
    , time_i{vlSymsp->TOP.time_i}
    , rx_tlp_data_i{vlSymsp->TOP.rx_tlp_data_i}
    , tx_tlp_data_o{vlSymsp->TOP.tx_tlp_data_o}
    , sim_wake_o{vlSymsp->TOP.sim_wake_o}
    , rootp{&(vlSymsp->TOP)}
{
    // Register model with the context
    contextp()->addModel(this);
}

Vnvme_ctrl_top::Vnvme_ctrl_top(const char* _vcname__)
    : Vnvme_ctrl_top(Verilated::threadContextp(), _vcname__)
{
}

//============================================================
// Destructor

Vnvme_ctrl_top::~Vnvme_ctrl_top() {
    delete vlSymsp;
}

//============================================================
// Evaluation function

#ifdef VL_DEBUG
void Vnvme_ctrl_top___024root___eval_debug_assertions(Vnvme_ctrl_top___024root* vlSelf);
#endif  // VL_DEBUG
void Vnvme_ctrl_top___024root___eval_static(Vnvme_ctrl_top___024root* vlSelf);
void Vnvme_ctrl_top___024root___eval_initial(Vnvme_ctrl_top___024root* vlSelf);
void Vnvme_ctrl_top___024root___eval_settle(Vnvme_ctrl_top___024root* vlSelf);
void Vnvme_ctrl_top___024root___eval(Vnvme_ctrl_top___024root* vlSelf);

void Vnvme_ctrl_top::eval_step() {
    VL_DEBUG_IF(VL_DBG_MSGF("+++++TOP Evaluate Vnvme_ctrl_top::eval_step\n"); );
#ifdef VL_DEBUG
    // Debug assertions
    Vnvme_ctrl_top___024root___eval_debug_assertions(&(vlSymsp->TOP));
#endif  // VL_DEBUG
    vlSymsp->__Vm_activity = true;
    if (VL_UNLIKELY(!vlSymsp->__Vm_didInit)) {
        vlSymsp->__Vm_didInit = true;
        VL_DEBUG_IF(VL_DBG_MSGF("+ Initial\n"););
        Vnvme_ctrl_top___024root___eval_static(&(vlSymsp->TOP));
        Vnvme_ctrl_top___024root___eval_initial(&(vlSymsp->TOP));
        Vnvme_ctrl_top___024root___eval_settle(&(vlSymsp->TOP));
    }
    // MTask 0 start
    VL_DEBUG_IF(VL_DBG_MSGF("MTask0 starting\n"););
    Verilated::mtaskId(0);
    VL_DEBUG_IF(VL_DBG_MSGF("+ Eval\n"););
    Vnvme_ctrl_top___024root___eval(&(vlSymsp->TOP));
    // Evaluate cleanup
    Verilated::endOfThreadMTask(vlSymsp->__Vm_evalMsgQp);
    Verilated::endOfEval(vlSymsp->__Vm_evalMsgQp);
}

//============================================================
// Events and timing
bool Vnvme_ctrl_top::eventsPending() { return false; }

uint64_t Vnvme_ctrl_top::nextTimeSlot() {
    VL_FATAL_MT(__FILE__, __LINE__, "", "%Error: No delays in the design");
    return 0;
}

//============================================================
// Utilities

const char* Vnvme_ctrl_top::name() const {
    return vlSymsp->name();
}

//============================================================
// Invoke final blocks

void Vnvme_ctrl_top___024root___eval_final(Vnvme_ctrl_top___024root* vlSelf);

VL_ATTR_COLD void Vnvme_ctrl_top::final() {
    Vnvme_ctrl_top___024root___eval_final(&(vlSymsp->TOP));
}

//============================================================
// Implementations of abstract methods from VerilatedModel

const char* Vnvme_ctrl_top::hierName() const { return vlSymsp->name(); }
const char* Vnvme_ctrl_top::modelName() const { return "Vnvme_ctrl_top"; }
unsigned Vnvme_ctrl_top::threads() const { return 1; }
std::unique_ptr<VerilatedTraceConfig> Vnvme_ctrl_top::traceConfig() const {
    return std::unique_ptr<VerilatedTraceConfig>{new VerilatedTraceConfig{false, false, false}};
};

//============================================================
// Trace configuration

void Vnvme_ctrl_top___024root__trace_init_top(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst* tracep);

VL_ATTR_COLD static void trace_init(void* voidSelf, VerilatedFst* tracep, uint32_t code) {
    // Callback from tracep->open()
    Vnvme_ctrl_top___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vnvme_ctrl_top___024root*>(voidSelf);
    Vnvme_ctrl_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    if (!vlSymsp->_vm_contextp__->calcUnusedSigs()) {
        VL_FATAL_MT(__FILE__, __LINE__, __FILE__,
            "Turning on wave traces requires Verilated::traceEverOn(true) call before time 0.");
    }
    vlSymsp->__Vm_baseCode = code;
    tracep->scopeEscape(' ');
    tracep->pushNamePrefix(std::string{vlSymsp->name()} + ' ');
    Vnvme_ctrl_top___024root__trace_init_top(vlSelf, tracep);
    tracep->popNamePrefix();
    tracep->scopeEscape('.');
}

VL_ATTR_COLD void Vnvme_ctrl_top___024root__trace_register(Vnvme_ctrl_top___024root* vlSelf, VerilatedFst* tracep);

VL_ATTR_COLD void Vnvme_ctrl_top::trace(VerilatedFstC* tfp, int levels, int options) {
    if (tfp->isOpen()) {
        vl_fatal(__FILE__, __LINE__, __FILE__,"'Vnvme_ctrl_top::trace()' shall not be called after 'VerilatedFstC::open()'.");
    }
    if (false && levels && options) {}  // Prevent unused
    tfp->spTrace()->addModel(this);
    tfp->spTrace()->addInitCb(&trace_init, &(vlSymsp->TOP));
    Vnvme_ctrl_top___024root__trace_register(&(vlSymsp->TOP), tfp->spTrace());
}
