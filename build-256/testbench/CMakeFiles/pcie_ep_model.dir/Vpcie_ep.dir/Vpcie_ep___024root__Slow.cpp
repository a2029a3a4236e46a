// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vpcie_ep.h for the primary calling header

#include "verilated.h"

#include "Vpcie_ep__Syms.h"
#include "Vpcie_ep___024root.h"

void Vpcie_ep___024root___ctor_var_reset(Vpcie_ep___024root* vlSelf);

Vpcie_ep___024root::Vpcie_ep___024root(Vpcie_ep__Syms* symsp, const char* v__name)
    : VerilatedModule{v__name}
    , vlSymsp{symsp}
 {
    // Reset structure values
    Vpcie_ep___024root___ctor_var_reset(this);
}

void Vpcie_ep___024root::__Vconfigure(bool first) {
    if (false && first) {}  // Prevent unused
}

Vpcie_ep___024root::~Vpcie_ep___024root() {
}
