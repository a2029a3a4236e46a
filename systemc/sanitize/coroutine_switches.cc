// SPDX-License-Identifier: Apache-2.0
// Sanitizer builds only (NVME_COSIM_SANITIZE, `make sanitize`; docs/testing.md, "Sanitizers"):
// linked into every SystemC program to complete what Debian's libsystemc 2.3.4 tells
// AddressSanitizer about its coroutines.
//
// libsystemc runs SC_THREADs as QuickThreads coroutines on stacks of their own (no pthreads
// package is built in). Its sc_cor_pkg_qt::yield announces each switch to ASan through weak
// references to __sanitizer_start_switch_fiber / __sanitizer_finish_switch_fiber, which the ASan
// runtime fills in, but
//  1. sc_cor_pkg_qt::abort, the switch away from a thread that has returned (every finished
//     sc_spawn task), announces nothing, so ASan goes on taking the dead thread's stack for the
//     running one;
//  2. the main coroutine, where sc_start, the kernel and every SC_METHOD run, is announced with
//     an empty stack (0, 0), so ASan knows no stack there.
// Either way ASan cannot clear the stack that an exception unwinds, or that _exit leaves ("ASan
// is ignoring requested __asan_handle_no_return ... False positive error reports may follow"),
// and LeakSanitizer finds no stack to scan for pointers.
//
// The definitions below preempt libsystemc's: its vtable slot for abort and its calls to the two
// sanitizer functions go through dynamic symbols, and a definition in the executable comes first.
// Fake stacks (detect_stack_use_after_return) stay unsupported: libsystemc keeps none across a
// switch, so `make sanitize` leaves that option off.

#include <dlfcn.h>
#include <sanitizer/common_interface_defs.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>

#include "sysc/kernel/sc_cor.h"

namespace sc_core {

// libsystemc's QuickThreads coroutine package, as sysc/kernel/sc_cor_qt.h declares it (a header
// Debian does not install). Only abort is defined here; the rest is the library's.
class sc_cor_pkg_qt : public sc_cor_pkg {
 public:
  explicit sc_cor_pkg_qt(sc_simcontext* simc);
  ~sc_cor_pkg_qt() override;
  sc_cor* create(std::size_t stack_size, sc_cor_fn* fn, void* arg) override;
  void yield(sc_cor* next_cor) override;
  void abort(sc_cor* next_cor) override;
  sc_cor* get_main() override;
};

// Leaves a returned thread for good the way yield leaves any thread, announced to ASan (with no
// fake stack to keep, so ASan drops the dead thread's). The only other difference from the
// library's abort: the registers are saved on the dead stack, which is never resumed.
void sc_cor_pkg_qt::abort(sc_cor* next_cor) { sc_cor_pkg_qt::yield(next_cor); }

}  // namespace sc_core

namespace {

using StartSwitch = void (*)(void**, const void*, size_t);
using FinishSwitch = void (*)(void*, const void**, size_t*);

// The ASan runtime's own definitions, the next ones after the program's.
template <typename Function>
Function next_definition(const char* name) {
  void* function = dlsym(RTLD_NEXT, name);
  if (!function) {
    std::fprintf(stderr, "coroutine_switches.cc: no %s in the ASan runtime\n", name);
    std::abort();
  }
  return reinterpret_cast<Function>(function);
}

// Looked up before main, not in the middle of a switch.
const StartSwitch asan_start_switch =
    next_definition<StartSwitch>("__sanitizer_start_switch_fiber");
const FinishSwitch asan_finish_switch =
    next_definition<FinishSwitch>("__sanitizer_finish_switch_fiber");

// The main coroutine's stack, as ASan knew it when the first switch left it.
const void* main_stack_bottom = nullptr;
size_t main_stack_size = 0;

}  // namespace

extern "C" void __sanitizer_start_switch_fiber(void** fake_stack_save, const void* bottom,
                                               size_t size) {
  if (!bottom && size == 0) {  // to the main coroutine
    bottom = main_stack_bottom;
    size = main_stack_size;
  }
  asan_start_switch(fake_stack_save, bottom, size);
}

extern "C" void __sanitizer_finish_switch_fiber(void* fake_stack_save, const void** bottom_old,
                                                size_t* size_old) {
  const void* bottom = nullptr;
  size_t size = 0;
  asan_finish_switch(fake_stack_save, &bottom, &size);
  if (!main_stack_bottom) {  // SystemC's first switch is from the main coroutine
    main_stack_bottom = bottom;
    main_stack_size = size;
  }
  if (bottom_old) *bottom_old = bottom;
  if (size_old) *size_old = size;
}
