// SPDX-License-Identifier: Apache-2.0
// Text for XML: the JUnit report and the SVG timeline.

#include "xml_escape.h"

namespace cli {

std::string xml_escape(const std::string& text) {
  std::string out;
  for (const unsigned char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '?' : static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace cli
