// The review studio: the queue (filters, order, progress) beside the review view, the decision
// and view actions (each with a key; `?` lists them), the mask editor's tools while editing, the
// inline batch-accept bar and export. Keyboard first: a whole review session needs no mouse.
#pragma once

#include <QAction>
#include <QFuture>
#include <QHash>
#include <QString>
#include <QWidget>

#include <memory>
#include <stop_token>

class QAction;
class QActionGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QToolBar;

namespace mipr::project {
class Project;
}

namespace mipr::ui {

class HelpOverlay;
class MaskEditor;
class ReviewSession;
class ReviewView;

class ReviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget* parent = nullptr);
    ~ReviewPanel() override;

    /// The open project (not owned); nullptr shows an empty panel.
    void setProject(project::Project* project);
    /// Re-reads the pairs from the project (after a run or an import).
    void reload();

    ReviewSession* session() const { return session_; }
    ReviewView* view() const { return view_; }
    MaskEditor* editor() const { return editor_; }
    HelpOverlay* helpOverlay() const { return help_; }
    QListView* queueList() const { return list_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* progressLabel() const { return progressLabel_; }
    QLabel* caseLabel() const { return caseLabel_; }
    QLabel* messageLabel() const { return messageLabel_; }
    QComboBox* orderCombo() const { return orderCombo_; }
    QComboBox* statusCombo() const { return statusCombo_; }
    QComboBox* iterationCombo() const { return iterationCombo_; }
    QWidget* batchBar() const { return batchBar_; }
    QDoubleSpinBox* batchThreshold() const { return batchSpin_; }
    QPushButton* batchButton() const { return batchButton_; }
    /// An action by object name (e.g. "actionAccept"), for menus and tests.
    QAction* action(const QString& name) const { return actions_.value(name); }
    QList<QAction*> reviewActions() const;

    bool isEditing() const;
    /// Exports accepted and edited annotations (PNG, COCO, CSV) into `dir` on a worker thread,
    /// with its progress and a Cancel button in the message line; exportFinished tells the
    /// outcome. Returns false when no project is open or an export runs already.
    bool exportTo(const QString& dir);
    bool isExporting() const { return exporting_; }
    /// Asks the running export to stop (OUT stays as it was); exportFinished(false, ...) follows.
    void cancelExport();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /// A decision or an edit changed the project (the main window refreshes its counts).
    void projectChanged();
    void exportFinished(bool ok, const QString& message);

private:
    /// A shortcut action of this panel (named, with its keys in the tooltip) triggering `slot`.
    QAction* addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys,
                       void (ReviewPanel::*slot)());
    /// The same, triggering `slot` of `receiver` (the view or the mask editor) directly.
    template <typename Receiver>
    QAction* addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys,
                       Receiver* receiver, void (Receiver::*slot)()) {
        QAction* a = newAction(name, text, keys);
        connect(a, &QAction::triggered, receiver, slot);
        return a;
    }
    QAction* newAction(const QString& name, const QString& text, const QList<QKeySequence>& keys);
    void buildActions();
    void buildLayout();
    void updateActions();
    void updateCaseLabel();
    void updateProgress(int reviewed, int total);
    void refillIterations();
    /// The queue's order for a newly opened project: the best strategy of the newest
    /// simulate-review report, else the learned Dice estimate, else consistency.
    void chooseDefaultOrder();
    void applyFilter();
    void showMessage(const QString& text, bool error = false);

    // Review actions
    void acceptCurrent();
    void rejectCurrent();
    void editCurrent();
    void firstCase();
    void lastCase();
    void undoDecision();
    void toggleTwoPane();
    void toggleDifference();
    void toggleErrorMap();
    void toggleOutline();
    void toggleLabel();
    void openBatchBar();
    void confirmBatch();
    void closeBatchBar();
    void updateBatchText();
    void exportDialog();
    void toggleHelp();
    // Editor actions
    void toolBrush();
    void toolEraser();
    void toolPolygon();
    void toolFill();
    void brushSmaller();
    void brushLarger();
    void clearMask();
    void undoEdit();
    void redoEdit();
    void saveEdit();
    void cancelEdit();

    ReviewSession* session_ = nullptr;
    MaskEditor* editor_ = nullptr;
    ReviewView* view_ = nullptr;
    HelpOverlay* help_ = nullptr;
    QHash<QString, QAction*> actions_;
    QString orderChosenFor_;  ///< the project whose default order was chosen
    QString bestStrategy_;    ///< of the newest simulate-review report
    double pixelAuroc_ = -1;  ///< of that report; -1 when none
    QList<QAction*> reviewGroup_, viewGroup_, editGroup_;
    QActionGroup* tools_ = nullptr;

    QToolBar* reviewBar_ = nullptr;
    QToolBar* editBar_ = nullptr;
    QComboBox* iterationCombo_ = nullptr;
    QComboBox* statusCombo_ = nullptr;
    QComboBox* orderCombo_ = nullptr;
    QDoubleSpinBox* minScore_ = nullptr;
    QDoubleSpinBox* maxScore_ = nullptr;
    QListView* list_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* progressLabel_ = nullptr;
    QLabel* caseLabel_ = nullptr;
    QLabel* cursorLabel_ = nullptr;
    QLabel* messageLabel_ = nullptr;
    class QPushButton* exportCancel_ = nullptr;
    bool exporting_ = false;
    std::shared_ptr<std::stop_source> exportStop_;
    QFuture<void> exportWork_;
    QLabel* brushLabel_ = nullptr;
    QWidget* batchBar_ = nullptr;
    QDoubleSpinBox* batchSpin_ = nullptr;
    QLabel* batchText_ = nullptr;
    QPushButton* batchButton_ = nullptr;
    bool syncingSelection_ = false;
};

}  // namespace mipr::ui
