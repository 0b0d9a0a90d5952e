// QCustomPlot's header for mipr_ui, which builds with QT_NO_KEYWORDS: Debian's qcustomplot.h uses
// `signals:` and `foreach`, so they are mapped to Q_SIGNALS and Q_FOREACH around it.
#pragma once

#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals
