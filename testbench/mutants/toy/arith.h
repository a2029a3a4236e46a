// SPDX-License-Identifier: Apache-2.0
#pragma once

inline int add(int a, int b) { return a + b; }
inline int clamp_to_ten(int v) { return v > 10 ? 10 : v; }
inline int twice(int v) { return 2 * v; }  // no test checks it
