// SPDX-License-Identifier: Apache-2.0
#include "arith.h"

int main() { return clamp_to_ten(11) == 10 && clamp_to_ten(3) == 3 ? 0 : 1; }
