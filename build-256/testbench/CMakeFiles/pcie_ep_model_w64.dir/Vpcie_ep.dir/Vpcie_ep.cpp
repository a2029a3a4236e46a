// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Model implementation (design independent parts)

#include "Vpcie_ep.h"
#include "Vpcie_ep__Syms.h"
#include "verilated_fst_c.h"

//============================================================
// Constructors

Vpcie_ep::Vpcie_ep(VerilatedContext* _vcontextp__, const char* _vcname__)
    : VerilatedModel{*_vcontextp__}
    , vlSymsp{new Vpcie_ep__Syms(contextp(), _vcname__, this)}
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
    , reg_req_o{vlSymsp->TOP.reg_req_o}
    , reg_gnt_i{vlSymsp->TOP.reg_gnt_i}
    , reg_we_o{vlSymsp->TOP.reg_we_o}
    , reg_be_o{vlSymsp->TOP.reg_be_o}
    , reg_rvalid_i{vlSymsp->TOP.reg_rvalid_i}
    , dma_rd_req_valid_i{vlSymsp->TOP.dma_rd_req_valid_i}
    , dma_rd_req_ready_o{vlSymsp->TOP.dma_rd_req_ready_o}
    , dma_rd_req_id_i{vlSymsp->TOP.dma_rd_req_id_i}
    , dma_rd_data_valid_o{vlSymsp->TOP.dma_rd_data_valid_o}
    , dma_rd_data_id_o{vlSymsp->TOP.dma_rd_data_id_o}
    , dma_rd_data_count_o{vlSymsp->TOP.dma_rd_data_count_o}
    , dma_rd_done_o{vlSymsp->TOP.dma_rd_done_o}
    , dma_rd_done_id_o{vlSymsp->TOP.dma_rd_done_id_o}
    , dma_rd_done_err_o{vlSymsp->TOP.dma_rd_done_err_o}
    , dma_wr_req_valid_i{vlSymsp->TOP.dma_wr_req_valid_i}
    , dma_wr_req_ready_o{vlSymsp->TOP.dma_wr_req_ready_o}
    , dma_wr_data_count_i{vlSymsp->TOP.dma_wr_data_count_i}
    , dma_wr_data_valid_i{vlSymsp->TOP.dma_wr_data_valid_i}
    , dma_wr_data_ready_o{vlSymsp->TOP.dma_wr_data_ready_o}
    , dma_wr_done_o{vlSymsp->TOP.dma_wr_done_o}
    , dma_wr_done_err_o{vlSymsp->TOP.dma_wr_done_err_o}
    , msix_req_i{vlSymsp->TOP.msix_req_i}
    , msix_vector_i{vlSymsp->TOP.msix_vector_i}
    , bus_master_en_o{vlSymsp->TOP.bus_master_en_o}
    , mem_space_en_o{vlSymsp->TOP.mem_space_en_o}
    , idle_o{vlSymsp->TOP.idle_o}
    , sim_req_i{vlSymsp->TOP.sim_req_i}
    , sim_we_i{vlSymsp->TOP.sim_we_i}
    , sim_addr_i{vlSymsp->TOP.sim_addr_i}
    , reg_addr_o{vlSymsp->TOP.reg_addr_o}
    , dma_rd_req_len_i{vlSymsp->TOP.dma_rd_req_len_i}
    , dma_rd_data_dw_o{vlSymsp->TOP.dma_rd_data_dw_o}
    , dma_wr_req_len_i{vlSymsp->TOP.dma_wr_req_len_i}
    , reg_wdata_o{vlSymsp->TOP.reg_wdata_o}
    , reg_rdata_i{vlSymsp->TOP.reg_rdata_i}
    , dma_rd_data_o{vlSymsp->TOP.dma_rd_data_o}
    , dma_wr_data_i{vlSymsp->TOP.dma_wr_data_i}
    , sim_wdata_i{vlSymsp->TOP.sim_wdata_i}
    , sim_rdata_o{vlSymsp->TOP.sim_rdata_o}
    , sim_seed_o{vlSymsp->TOP.sim_seed_o}
    , time_i{vlSymsp->TOP.time_i}
    , rx_tlp_data_i{vlSymsp->TOP.rx_tlp_data_i}
    , tx_tlp_data_o{vlSymsp->TOP.tx_tlp_data_o}
    , dma_rd_req_addr_i{vlSymsp->TOP.dma_rd_req_addr_i}
    , dma_wr_req_addr_i{vlSymsp->TOP.dma_wr_req_addr_i}
    , wake_o{vlSymsp->TOP.wake_o}
    , rootp{&(vlSymsp->TOP)}
{
    // Register model with the context
    contextp()->addModel(this);
}

Vpcie_ep::Vpcie_ep(const char* _vcname__)
    : Vpcie_ep(Verilated::threadContextp(), _vcname__)
{
}

//============================================================
// Destructor

Vpcie_ep::~Vpcie_ep() {
    delete vlSymsp;
}

//============================================================
// Evaluation function

#ifdef VL_DEBUG
void Vpcie_ep___024root___eval_debug_assertions(Vpcie_ep___024root* vlSelf);
#endif  // VL_DEBUG
void Vpcie_ep___024root___eval_static(Vpcie_ep___024root* vlSelf);
void Vpcie_ep___024root___eval_initial(Vpcie_ep___024root* vlSelf);
void Vpcie_ep___024root___eval_settle(Vpcie_ep___024root* vlSelf);
void Vpcie_ep___024root___eval(Vpcie_ep___024root* vlSelf);

void Vpcie_ep::eval_step() {
    VL_DEBUG_IF(VL_DBG_MSGF("+++++TOP Evaluate Vpcie_ep::eval_step\n"); );
#ifdef VL_DEBUG
    // Debug assertions
    Vpcie_ep___024root___eval_debug_assertions(&(vlSymsp->TOP));
#endif  // VL_DEBUG
    vlSymsp->__Vm_activity = true;
    if (VL_UNLIKELY(!vlSymsp->__Vm_didInit)) {
        vlSymsp->__Vm_didInit = true;
        VL_DEBUG_IF(VL_DBG_MSGF("+ Initial\n"););
        Vpcie_ep___024root___eval_static(&(vlSymsp->TOP));
        Vpcie_ep___024root___eval_initial(&(vlSymsp->TOP));
        Vpcie_ep___024root___eval_settle(&(vlSymsp->TOP));
    }
    // MTask 0 start
    VL_DEBUG_IF(VL_DBG_MSGF("MTask0 starting\n"););
    Verilated::mtaskId(0);
    VL_DEBUG_IF(VL_DBG_MSGF("+ Eval\n"););
    Vpcie_ep___024root___eval(&(vlSymsp->TOP));
    // Evaluate cleanup
    Verilated::endOfThreadMTask(vlSymsp->__Vm_evalMsgQp);
    Verilated::endOfEval(vlSymsp->__Vm_evalMsgQp);
}

//============================================================
// Events and timing
bool Vpcie_ep::eventsPending() { return false; }

uint64_t Vpcie_ep::nextTimeSlot() {
    VL_FATAL_MT(__FILE__, __LINE__, "", "%Error: No delays in the design");
    return 0;
}

//============================================================
// Utilities

const char* Vpcie_ep::name() const {
    return vlSymsp->name();
}

//============================================================
// Invoke final blocks

void Vpcie_ep___024root___eval_final(Vpcie_ep___024root* vlSelf);

VL_ATTR_COLD void Vpcie_ep::final() {
    Vpcie_ep___024root___eval_final(&(vlSymsp->TOP));
}

//============================================================
// Implementations of abstract methods from VerilatedModel

const char* Vpcie_ep::hierName() const { return vlSymsp->name(); }
const char* Vpcie_ep::modelName() const { return "Vpcie_ep"; }
unsigned Vpcie_ep::threads() const { return 1; }
std::unique_ptr<VerilatedTraceConfig> Vpcie_ep::traceConfig() const {
    return std::unique_ptr<VerilatedTraceConfig>{new VerilatedTraceConfig{false, false, false}};
};

//============================================================
// Trace configuration

void Vpcie_ep___024root__trace_init_top(Vpcie_ep___024root* vlSelf, VerilatedFst* tracep);

VL_ATTR_COLD static void trace_init(void* voidSelf, VerilatedFst* tracep, uint32_t code) {
    // Callback from tracep->open()
    Vpcie_ep___024root* const __restrict vlSelf VL_ATTR_UNUSED = static_cast<Vpcie_ep___024root*>(voidSelf);
    Vpcie_ep__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    if (!vlSymsp->_vm_contextp__->calcUnusedSigs()) {
        VL_FATAL_MT(__FILE__, __LINE__, __FILE__,
            "Turning on wave traces requires Verilated::traceEverOn(true) call before time 0.");
    }
    vlSymsp->__Vm_baseCode = code;
    tracep->scopeEscape(' ');
    tracep->pushNamePrefix(std::string{vlSymsp->name()} + ' ');
    Vpcie_ep___024root__trace_init_top(vlSelf, tracep);
    tracep->popNamePrefix();
    tracep->scopeEscape('.');
}

VL_ATTR_COLD void Vpcie_ep___024root__trace_register(Vpcie_ep___024root* vlSelf, VerilatedFst* tracep);

VL_ATTR_COLD void Vpcie_ep::trace(VerilatedFstC* tfp, int levels, int options) {
    if (tfp->isOpen()) {
        vl_fatal(__FILE__, __LINE__, __FILE__,"'Vpcie_ep::trace()' shall not be called after 'VerilatedFstC::open()'.");
    }
    if (false && levels && options) {}  // Prevent unused
    tfp->spTrace()->addModel(this);
    tfp->spTrace()->addInitCb(&trace_init, &(vlSymsp->TOP));
    Vpcie_ep___024root__trace_register(&(vlSymsp->TOP), tfp->spTrace());
}
