// The results page: the reports of `mipr experiment` (reports/experiment-<stamp>/ of a project),
// newest first in a combo box, and for the chosen one its Table-1 rows beside the paper's figures
// (ISIC 2018, 256²), a DSC-per-row bar chart with the spread over seeds, and the t-SNE embedding
// of real and generated images. Read-only: it never writes into the project. The project folder is
// untrusted: only regular files under <root>/reports are read (canonical paths, no symlink out of
// the project), each at most kMaxFileBytes; a missing or malformed file shows a message naming it.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QCPAbstractPlottable;
class QCPTextElement;
class QCustomPlot;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace mipr::ui {

class ResultsPage : public QWidget {
    Q_OBJECT

public:
    /// Files larger than this are refused (with a message), not read.
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;

    explicit ResultsPage(QWidget* parent = nullptr);
    ~ResultsPage() override;

    /// The project folder; scans its reports and shows the newest. An empty root shows no project.
    void setProjectRoot(const QString& root);
    QString projectRoot() const { return root_; }
    /// Rescans the reports, keeping the chosen one when it still exists (else the newest).
    void reload();

    /// How many reports the combo box lists.
    int reportCount() const;
    /// The shown report's folder name (e.g. "experiment-20250320-140307"); empty when none.
    QString currentReport() const;
    /// Shows the report with that folder name; false when it is not listed.
    bool setCurrentReport(const QString& name);

    QTableWidget* table() const { return table_; }
    QCustomPlot* diceChart() const { return diceChart_; }
    QCustomPlot* tsnePlot() const { return tsnePlot_; }
    QComboBox* reportCombo() const { return combo_; }
    /// The problems with the shown report's files (each naming its file); hidden when none.
    QLabel* messageLabel() const { return message_; }
    /// The page shown instead of the report when there is none.
    QLabel* emptyStateLabel() const { return empty_; }
    /// The text under the combo box: the report folder and its report.md.
    QLabel* infoLabel() const { return info_; }
    /// The line under the report's folder: the paper's note, or a simulation's headline.
    QLabel* noteLabel() const { return paperNote_; }

    /// Writes the DSC chart as a PNG (the size it has on screen, or 1000x600 when not shown).
    bool exportPng(const QString& file);
    /// Writes the t-SNE plot as a PNG; false when the shown report has no t-SNE.
    bool exportTsnePng(const QString& file);
    /// Writes the shown table (its header and cells as shown) as UTF-8 CSV; false when no table.
    bool exportCsv(const QString& file);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row;
    struct TsnePoint;

    void buildLayout();
    void setupPlot(QCustomPlot* plot, QCPTextElement*& title);
    void showReport(int index);
    /// simulate-review-* (results_page_simulation.cpp); else an experiment report.
    static bool isSimulationReport(const QString& name);
    void setTableHeaders(bool simulation);
    void showSimulation(QStringList& problems);
    void clearReport();
    void fillTable(const QList<Row>& rows, const QString& model);
    void fillDiceChart(const QList<Row>& rows);
    void fillTsne(const QList<TsnePoint>& points, const QString& iteration, const QString& knn);
    void showNoTsne(const QString& why);
    void fitTsneRanges();
    void toggleLegendItem(QCustomPlot* plot, QCPAbstractPlottable* plottable);
    void showPointInfo(QCPAbstractPlottable* plottable, int dataIndex);
    void exportPngDialog(bool tsne);
    void exportCsvDialog();
    /// Reads <report>/<name> into `text` within the limits; else `error` says why (naming the file).
    bool readReportFile(const QString& name, QString& text, QString& error) const;

    QString root_;
    QString reportsDir_;   ///< canonical <root>/reports; empty when there is none (or it leads out)
    QStringList reports_;  ///< folder names, newest first
    QString shownDir_;     ///< canonical folder of the shown report

    QComboBox* combo_ = nullptr;
    QPushButton* reloadButton_ = nullptr;
    QPushButton* pngButton_ = nullptr;
    QPushButton* csvButton_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLabel* empty_ = nullptr;
    QLabel* info_ = nullptr;
    QLabel* message_ = nullptr;
    QLabel* paperNote_ = nullptr;
    QLabel* pointInfo_ = nullptr;
    QTableWidget* table_ = nullptr;
    QCustomPlot* diceChart_ = nullptr;
    QCustomPlot* tsnePlot_ = nullptr;
    QCPTextElement* diceTitle_ = nullptr;
    QCPTextElement* tsneTitle_ = nullptr;
    bool hasTsne_ = false;
    /// Per plottable, the text shown when one of its data points is clicked (by data index).
    QHash<QCPAbstractPlottable*, QStringList> pointTexts_;
};

}  // namespace mipr::ui
