// The studio's main window: project menu (new, open, recent, import), the image list with its
// filter, the image viewer with its toolbar, the review studio, the cockpit (runs, curves, log)
// and the results page, and a status bar with the project's counts and the run in progress. The
// project is watched: what another process (or the studio's own run) commits shows without a
// reopen.
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "mipr/project/project_lock.h"

class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolBar;
class QToolButton;

namespace mipr::project {
class Project;
}
namespace mipr::pipeline {
struct Settings;
}

namespace mipr::ui {

class ImageFilterProxy;
class ImageListModel;
class ImageView;
class ImportJob;
class OverlayPresenter;
class ReviewPanel;
class ThumbnailCache;
class ViewerToolBar;
class RunController;
class CockpitPanel;
class ResultsPage;
struct ImageEntry;
enum class RunKind;
struct ImportResult;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the project in `dir`. On failure shows the reason (non-modal) and returns false.
    /// How a project is opened: read-write when this user may write it (else read-only, with a
    /// message), or read-only on request (browsing and looking at pairs; no decisions, no import).
    enum class OpenMode { automatic, readOnly };
    bool openProject(const QString& dir, OpenMode mode = OpenMode::automatic);
    /// Whether the open project is read-only (false when none is open).
    bool isReadOnly() const;
    /// Creates a project in `dir` and opens it. On failure shows the reason and returns false.
    bool createProject(const QString& dir);
    /// Imports the dataset folder `source` into the open project in a worker; emits
    /// importFinished when done. Returns false when no project is open or a job runs already.
    bool importFolder(const QString& source);

    bool hasProject() const { return project_ != nullptr; }
    QString projectPath() const;
    QString projectName() const;
    bool isImporting() const;
    /// The status bar's counts ("3 labelled · 5 unlabelled · 2 test · 1 with pseudo-label").
    QString countsText() const;
    /// Re-reads the image list and counts from the project, keeping the selection.
    void refresh();

    ImageView* imageView() const { return view_; }
    QListView* imageList() const { return list_; }
    ImageListModel* imageModel() const { return model_; }
    ImageFilterProxy* filterProxy() const { return proxy_; }
    QComboBox* filterCombo() const { return filterCombo_; }
    OverlayPresenter* overlayPresenter() const { return presenter_; }
    ViewerToolBar* viewerToolBar() const { return viewerBar_; }
    QMenu* recentMenu() const { return recentMenu_; }
    ReviewPanel* reviewPanel() const { return review_; }
    /// Shows the review studio (true) or the image browser (false).
    void showReview(bool review);
    bool isReviewShown() const;
    void showCockpit();
    void showResults();

    RunController* runController() const { return runs_; }
    CockpitPanel* cockpit() const { return cockpit_; }
    ResultsPage* resultsPage() const { return results_; }
    /// Opens the run dialog (Run ▸ New Run…); Start starts the run.
    void newRunDialog();
    /// Starts a run on the open project (as the dialog's Start does). False with `why` when none
    /// is open, it is read-only, or a run is in progress.
    bool startRun(RunKind kind, const pipeline::Settings& settings, QString* why = nullptr);
    /// Reads what other connections committed since the last call: new curves, and when pairs,
    /// iterations or counts changed, the image list and the review queue. A timer calls it every
    /// second; tests call it directly.
    void pollProject();
    /// Edit ▸ Preferences…
    void preferencesDialog();

Q_SIGNALS:
    void projectOpened(const QString& path);
    void importFinished(bool ok, const QString& summary);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildCentralWidget();
    void buildStatusBar();
    void rebuildRecentMenu();
    /// Shows `project` (nullptr: none); `studioLock` is the studio lock it was opened under, held
    /// until the next project replaces it (none for a read-only one).
    void setProject(std::unique_ptr<project::Project> project,
                    std::optional<project::ProjectLock> studioLock = std::nullopt);
    void updateTitle();
    void updateActions();
    void onCurrentRowChanged();
    void onImportFinished(const ImportResult& result);
    void onZoomChanged(double factor);
    void newProjectDialog();
    void openProjectDialog();
    void importDialog();
    void showError(const QString& title, const QString& text);
    void showInfo(const QString& title, const QString& text);
    void restoreSettings();
    void saveSettings() const;
    void applyPreferences();
    QString projectSignature() const;
    void onRunFinished(const QString& status, const QString& message);
    void updateRunIndicators();

    std::unique_ptr<project::Project> project_;
    /// Held while project_ is open for writing: a second studio on it opens read-only.
    std::optional<project::ProjectLock> studioLock_;

    ThumbnailCache* thumbnails_ = nullptr;
    ImageListModel* model_ = nullptr;
    ImageFilterProxy* proxy_ = nullptr;
    OverlayPresenter* presenter_ = nullptr;
    ImportJob* importJob_ = nullptr;

    QSplitter* splitter_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    ReviewPanel* review_ = nullptr;
    QHash<QAction*, QList<QKeySequence>> browserShortcuts_;  ///< parked while the review tab is shown
    QComboBox* filterCombo_ = nullptr;
    QListView* list_ = nullptr;
    ImageView* view_ = nullptr;
    ViewerToolBar* viewerBar_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* importAction_ = nullptr;
    QLabel* countsLabel_ = nullptr;
    QLabel* imageLabel_ = nullptr;
    QLabel* zoomLabel_ = nullptr;
    QProgressBar* importProgress_ = nullptr;
    QToolButton* importCancel_ = nullptr;  ///< beside the import's progress bar

    RunController* runs_ = nullptr;
    CockpitPanel* cockpit_ = nullptr;
    ResultsPage* results_ = nullptr;
    QToolBar* runBar_ = nullptr;
    QAction* runAction_ = nullptr;
    QAction* pauseAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QLabel* runLabel_ = nullptr;
    QTimer* liveTimer_ = nullptr;
    qint64 dataVersion_ = -1;
    QString signature_;
    bool refreshPending_ = false;  ///< a refresh waits for the reviewer's edit to end
    bool closeAfterRun_ = false;   ///< the user chose to close: close when the run has stopped
};

}  // namespace mipr::ui
