#pragma once

#include "core/content/diagnostic.h"

namespace heupwijzer::core::content {

class SourceFile;

// A picture must be a well-formed SVG that draws on its own: no scripts, no style sheets, no foreign
// content and no external files. Qt SVG would ignore or refuse those, and the reader never goes online.
void checkSvg(const SourceFile &file, Diagnostics &diagnostics);

} // namespace heupwijzer::core::content
