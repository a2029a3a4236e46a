// SPDX-License-Identifier: Apache-2.0
// Text for XML documents the program writes (the sweep's JUnit report, the SVG timeline).

#pragma once

#include <string>

namespace cli {

// Text or an attribute value: the five predefined entities; control characters other than tab,
// newline and carriage return, which XML 1.0 allows in no form (not even as references),
// become '?'.
std::string xml_escape(const std::string& text);

}  // namespace cli
