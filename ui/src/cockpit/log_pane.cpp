#include "mipr/ui/cockpit/log_pane.h"

#include "mipr/pipeline/logging.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QVBoxLayout>

#include <spdlog/sinks/base_sink.h>

#include <mutex>

namespace mipr::ui {
namespace {

constexpr int kMaxLines = 5000;

/// Posts each formatted line to the pane, which may be gone by then (a QPointer guards it).
class PaneSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit PaneSink(LogPane* pane) : pane_(pane) {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        QString line =
            QString::fromUtf8(formatted.data(), static_cast<qsizetype>(formatted.size())).trimmed();
        const int level = msg.level >= spdlog::level::err ? 2 : msg.level == spdlog::level::warn ? 1 : 0;
        QPointer<LogPane> pane = pane_;
        if (!pane) return;
        QMetaObject::invokeMethod(
            pane.data(),
            [pane, level, line] {
                if (pane) pane->append(level, line);
            },
            Qt::QueuedConnection);
    }
    void flush_() override {}

private:
    QPointer<LogPane> pane_;
};

}  // namespace

LogPane::LogPane(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("logPane"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Log"), this));
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Show:"), this));
    levelCombo_ = new QComboBox(this);
    levelCombo_->setObjectName(QStringLiteral("logLevel"));
    levelCombo_->addItem(tr("Everything"));
    levelCombo_->addItem(tr("Warnings and errors"));
    levelCombo_->addItem(tr("Errors"));
    bar->addWidget(levelCombo_);
    text_ = new QPlainTextEdit(this);
    text_->setObjectName(QStringLiteral("logText"));
    text_->setReadOnly(true);
    text_->setMaximumBlockCount(kMaxLines);
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSize(9);
    text_->setFont(mono);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(bar);
    box->addWidget(text_, 1);
    connect(levelCombo_, &QComboBox::currentIndexChanged, this, &LogPane::setMinimumLevel);

    auto sink = std::make_shared<PaneSink>(this);
    sink->set_pattern("%H:%M:%S %l: %v");
    sink_ = sink;
    pipeline::add_log_sink(sink_);
}

LogPane::~LogPane() {
    pipeline::remove_log_sink(sink_);
}

void LogPane::setMinimumLevel(int level) {
    minimum_ = level;
    if (levelCombo_->currentIndex() != level) levelCombo_->setCurrentIndex(level);
    rerender();
}

QStringList LogPane::shownLines() const {
    QStringList out;
    for (const auto& l : lines_)
        if (l.level >= minimum_) out << l.text;
    return out;
}

void LogPane::append(int level, const QString& line) {
    lines_.push_back({level, line});
    if (lines_.size() > kMaxLines) lines_.remove(0, lines_.size() - kMaxLines);
    if (level >= minimum_) text_->appendPlainText(line);
}

void LogPane::rerender() {
    text_->setPlainText(shownLines().join(QLatin1Char('\n')));
    text_->moveCursor(QTextCursor::End);
}

}  // namespace mipr::ui
