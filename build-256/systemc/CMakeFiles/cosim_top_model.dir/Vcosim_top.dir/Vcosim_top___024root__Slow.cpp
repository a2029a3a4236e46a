// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vcosim_top.h for the primary calling header

#include "verilated.h"

#include "Vcosim_top__Syms.h"
#include "Vcosim_top___024root.h"

void Vcosim_top___024root___ctor_var_reset(Vcosim_top___024root* vlSelf);

Vcosim_top___024root::Vcosim_top___024root(Vcosim_top__Syms* symsp, const char* v__name)
    : VerilatedModule{v__name}
    , vlSymsp{symsp}
 {
    // Reset structure values
    Vcosim_top___024root___ctor_var_reset(this);
}

void Vcosim_top___024root::__Vconfigure(bool first) {
    if (false && first) {}  // Prevent unused
}

Vcosim_top___024root::~Vcosim_top___024root() {
}
