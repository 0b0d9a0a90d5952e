// What the results page's parts share (private to mipr_ui): its rows and t-SNE points, the
// paper's Table 1, and the reading of a report's files (CSV as report_writer.cpp writes it,
// untrusted: every problem is a message naming the line).
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>

#include "mipr/ui/cockpit/results_page.h"

namespace mipr::ui {

struct ResultsPage::Row {
    QString method;
    int amount = 0;
    double dice = 0, diceStd = 0, acc = 0, accStd = 0;  // in [0, 1]
    QString seedDice, seedAcc;                          // ';'-separated, per seed
};

struct ResultsPage::TsnePoint {
    QString name;
    bool generated = false;
    QString iteration;  // empty when tsne.csv has no iteration column
    double x = 0, y = 0;
};

namespace results {

// The paper's Table 1 (MIPR paper, §3.3: ISIC 2018 with 1800 unlabelled and 594 test images, at
// 256²), the figures report_writer.cpp prints in report.md. DSC and Acc in %, mean ± std.
struct PaperRow {
    const char* model;  // as the paper names it
    const char* method;
    int amount;
    double dice, diceStd, acc, accStd;
};
inline constexpr PaperRow kPaperTable1[] = {
    {"Unet", "Doctor", 1800, 68.41, 1.71, 90.46, 1.01},
    {"Unet", "MIPR[1]", 1513, 66.52, 2.56, 89.78, 1.17},
    {"Unet", "MIPR[2]", 1691, 67.61, 1.64, 90.29, 0.90},
    {"Unet", "MIPR[3]", 1781, 68.17, 1.85, 89.82, 1.04},
    {"Att-Unet", "Doctor", 1800, 69.94, 1.67, 91.37, 1.04},
    {"Att-Unet", "MIPR[1]", 1622, 68.57, 2.39, 90.81, 1.21},
    {"Att-Unet", "MIPR[2]", 1780, 68.70, 2.52, 90.54, 1.10},
    {"Att-Unet", "MIPR[3]", 1800, 70.09, 1.91, 90.93, 1.06},
};

enum Column { colMethod, colAmount, colDice, colAcc, colPaperRow, colPaperDice, colPaperAcc, colCount };

inline constexpr int kMaxListedProblems = 5;  // per file; then "and N more"

/// The paper's row for one of ours: "Doctor" and "MIPR[k] …" (any contribution) for k in 1..3.
inline const PaperRow* paperRowFor(const QString& method, const QString& model) {
    static const QRegularExpression mipr(QStringLiteral("^MIPR\\[(\\d+)\\]"));
    QString key;
    if (method == QLatin1String("Doctor")) {
        key = method;
    } else if (const auto m = mipr.match(method); m.hasMatch()) {
        key = QStringLiteral("MIPR[%1]").arg(m.captured(1));
    }
    if (key.isEmpty()) return nullptr;
    for (const auto& p : kPaperTable1)
        if (model == QLatin1String(p.model) && key == QLatin1String(p.method)) return &p;
    return nullptr;
}

inline QString percent(double mean, double sd) {
    return QStringLiteral("%1 ± %2").arg(mean, 0, 'f', 2).arg(sd, 0, 'f', 2);
}

inline bool isInside(const QString& canonicalPath, const QString& canonicalDir) {
    return !canonicalDir.isEmpty() && canonicalPath.startsWith(canonicalDir + QLatin1Char('/'));
}

inline bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// Natural order ("-2" before "-10"), for report folders of the same second.
inline int naturalCompare(const QString& a, const QString& b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a[i]) && isAsciiDigit(b[j])) {
            while (i < a.size() - 1 && a[i] == QLatin1Char('0') && isAsciiDigit(a[i + 1]))
                ++i;
            while (j < b.size() - 1 && b[j] == QLatin1Char('0') && isAsciiDigit(b[j + 1]))
                ++j;
            const qsizetype si = i, sj = j;
            while (i < a.size() && isAsciiDigit(a[i]))
                ++i;
            while (j < b.size() && isAsciiDigit(b[j]))
                ++j;
            if (i - si != j - sj) return i - si < j - sj ? -1 : 1;
            if (const int c = QStringView(a).mid(si, i - si).compare(QStringView(b).mid(sj, j - sj)); c != 0)
                return c;
        } else {
            if (a[i] != b[j]) return a[i] < b[j] ? -1 : 1;
            ++i;
            ++j;
        }
    }
    if (a.size() - i == b.size() - j) return 0;
    return a.size() - i < b.size() - j ? -1 : 1;
}

/// "2025-03-20 14:03:07 UTC (experiment-20250320-140307)" for a stamped folder, else the name.
inline QString reportTitle(const QString& name) {
    static const QRegularExpression stamp(QStringLiteral(
        "^(?:experiment|simulate-review)-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:-(\\d+))?$"));
    const auto m = stamp.match(name);
    if (!m.hasMatch()) return name;
    QString when =
        QStringLiteral("%1-%2-%3 %4:%5:%6 UTC")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6));
    if (m.hasCaptured(7)) when += QStringLiteral(" #") + m.captured(7);
    if (name.startsWith(QLatin1String("simulate-review-")))
        return ResultsPage::tr("Review simulation, %1   (%2)").arg(when, name);
    return QStringLiteral("%1   (%2)").arg(when, name);
}

struct CsvRecord {
    int line = 0;  // 1-based line where the record starts
    QStringList fields;
};

/// RFC 4180 CSV as report_writer.cpp's csv_escape writes it: fields quoted when they hold a comma,
/// a quote or a newline, a quote doubled. Blank lines are skipped. False with `error` when malformed.
inline bool parseCsv(const QString& text, QList<CsvRecord>& out, QString& error) {
    CsvRecord record;
    QString field;
    bool quoted = false, afterQuote = false;
    int line = 1;
    record.line = 1;
    auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        if (!(record.fields.size() == 1 && record.fields.front().isEmpty())) out.append(record);
        record = CsvRecord{};
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')) ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) ++i;
            ++line;
            endRecord();
            afterQuote = false;
        } else if (afterQuote) {
            error = ResultsPage::tr("line %1: text after a closing quote").arg(line);
            return false;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else {
            field += c;
        }
    }
    if (quoted) {
        error = ResultsPage::tr("line %1: a quoted field is not closed").arg(record.line);
        return false;
    }
    if (!field.isEmpty() || !record.fields.isEmpty()) endRecord();
    return true;
}

/// The header's columns by name; false with `error` naming the first missing one.
inline bool columnsOf(const QList<CsvRecord>& records, const QStringList& required,
                      QHash<QString, int>& columns, QString& error) {
    if (records.isEmpty()) {
        error = ResultsPage::tr("the file is empty");
        return false;
    }
    const QStringList& header = records.front().fields;
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header[i].trimmed(), i);
    for (const auto& name : required) {
        if (!columns.contains(name)) {
            error = ResultsPage::tr("no '%1' column in the header line").arg(name);
            return false;
        }
    }
    return true;
}

/// The data records of a report CSV: parsed, its header checked for `required`, and the records
/// of the header's width (each other one is a problem in `found`). False when the file is unusable
/// (its reason in `found`).
inline bool dataRecords(const QString& text, const QStringList& required, QHash<QString, int>& columns,
                        QList<CsvRecord>& data, QStringList& found) {
    QList<CsvRecord> records;
    QString error;
    if (!parseCsv(text, records, error) || !columnsOf(records, required, columns, error)) {
        found << error;
        return false;
    }
    const auto width = records.front().fields.size();
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (records[r].fields.size() != width) {
            found << ResultsPage::tr("line %1: %2 fields, the header has %3")
                         .arg(records[r].line)
                         .arg(records[r].fields.size())
                         .arg(width);
            continue;
        }
        data.push_back(records[r]);
    }
    return true;
}

inline bool finiteNumber(const QString& text, double& value) {
    bool ok = false;
    value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value);
}

/// Problems of one file, at most kMaxListedProblems listed.
inline void addProblems(QStringList& problems, const QString& file, const QStringList& found) {
    for (int i = 0; i < std::min<int>(kMaxListedProblems, static_cast<int>(found.size())); ++i)
        problems << QStringLiteral("%1: %2").arg(file, found[i]);
    if (found.size() > kMaxListedProblems)
        problems
            << ResultsPage::tr("%1: and %2 more problems").arg(file).arg(found.size() - kMaxListedProblems);
}

inline QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString quotedText = s;
    quotedText.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quotedText + QLatin1Char('"');
}

inline QString elided(const QString& s, int length) {
    return s.size() <= length ? s : s.left(length - 1) + QStringLiteral("…");
}

/// Elided in the middle: a row's name differs at both ends ("Pseudo-labels[1] …unselected").
inline QString elidedMiddle(const QString& s, int length) {
    if (s.size() <= length) return s;
    const int left = (length * 3 + 4) / 5;
    return s.left(left) + QStringLiteral("…") + s.right(length - left - 1);
}

// tab10, as matplotlib (and the report's tsne.png: real blue, generated orange).
inline const QColor kTab10[] = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                                QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                                QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                                QColor(23, 190, 207)};

}  // namespace results

}  // namespace mipr::ui
