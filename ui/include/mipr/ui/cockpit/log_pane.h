// The studio's log pane (issue 16): the lines of the log (spdlog, the same sinks as the project's
// logs/mipr.log), newest last, with a level filter. Lines from any thread arrive through a sink
// that posts them to the GUI thread.
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>

class QComboBox;
class QPlainTextEdit;

namespace spdlog::sinks {
class sink;
}

namespace mipr::ui {

class LogPane : public QWidget {
    Q_OBJECT

public:
    explicit LogPane(QWidget* parent = nullptr);
    ~LogPane() override;  ///< detaches its sink

    /// 0 all (info and above), 1 warnings and errors, 2 errors.
    void setMinimumLevel(int level);
    /// The lines shown (after the filter).
    QStringList shownLines() const;
    /// Adds a line (GUI thread). `level`: 0 info, 1 warning, 2 error.
    void append(int level, const QString& line);

private:
    void rerender();

    struct Line {
        int level;
        QString text;
    };
    QVector<Line> lines_;
    int minimum_ = 0;
    QComboBox* levelCombo_ = nullptr;
    QPlainTextEdit* text_ = nullptr;
    std::shared_ptr<spdlog::sinks::sink> sink_;
};

}  // namespace mipr::ui
