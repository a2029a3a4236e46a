// SPDX-License-Identifier: Apache-2.0
#include "arith.h"

int main() { return add(2, 3) == 5 ? 0 : 1; }
