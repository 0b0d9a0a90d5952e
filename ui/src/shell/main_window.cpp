#include "mipr/ui/shell/main_window.h"

#include "common/qt_paths.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <exception>

#include "mipr/pipeline/logging.h"
#include "mipr/project/project.h"
#include "mipr/ui/browse/image_entry.h"
#include "mipr/ui/browse/image_filter_proxy.h"
#include "mipr/ui/browse/image_list_delegate.h"
#include "mipr/ui/browse/image_list_model.h"
#include "mipr/ui/browse/image_view.h"
#include "mipr/ui/browse/import_job.h"
#include "mipr/ui/browse/overlay_presenter.h"
#include "mipr/ui/browse/thumbnail_cache.h"
#include "mipr/ui/browse/viewer_toolbar.h"
#include "mipr/ui/cockpit/cockpit_panel.h"
#include "mipr/ui/cockpit/curves_view.h"
#include "mipr/ui/cockpit/results_page.h"
#include "mipr/ui/cockpit/run_controller.h"
#include "mipr/ui/review/review_panel.h"
#include "mipr/ui/shell/application.h"
#include "mipr/ui/shell/recent_projects.h"

namespace mipr::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    thumbnails_ = new ThumbnailCache(QSize(80, 64), this);
    model_ = new ImageListModel(thumbnails_, this);
    proxy_ = new ImageFilterProxy(this);
    proxy_->setSourceModel(model_);
    presenter_ = new OverlayPresenter(this);
    importJob_ = new ImportJob(this);
    runs_ = new RunController(this);
    pipeline::init_logging();

    buildCentralWidget();
    viewerBar_ = new ViewerToolBar(presenter_, view_, this);
    addToolBar(Qt::TopToolBarArea, viewerBar_);
    buildMenus();
    buildStatusBar();

    connect(presenter_, &OverlayPresenter::changed, view_,
            [this] { view_->setOverlaySettings(presenter_->settings()); });
    connect(view_, &ImageView::zoomChanged, this, &MainWindow::onZoomChanged);
    connect(view_, &ImageView::imageShown, this, [this](const QString& name) {
        const QSize size = view_->displayedImageSize();
        imageLabel_->setText(tr("%1 — %2 × %3 px").arg(name).arg(size.width()).arg(size.height()));
        onZoomChanged(view_->zoomFactor());
    });
    connect(view_, &ImageView::loadFailed, this, [this](const QString& name, const QString&) {
        imageLabel_->setText(tr("%1 — cannot be shown").arg(name));
    });
    connect(importJob_, &ImportJob::progress, this, [this](qint64 done, qint64 total, const QString&) {
        importProgress_->setRange(0, int(std::max<qint64>(total, 0)));
        importProgress_->setValue(int(done));
    });
    connect(importJob_, &ImportJob::finished, this, &MainWindow::onImportFinished);
    connect(runs_, &RunController::started, this, &MainWindow::updateRunIndicators);
    connect(runs_, &RunController::progressed, this, &MainWindow::updateRunIndicators);
    connect(runs_, &RunController::pausedChanged, this, &MainWindow::updateRunIndicators);
    connect(runs_, &RunController::finished, this, &MainWindow::onRunFinished);
    connect(cockpit_, &CockpitPanel::newRunRequested, this, &MainWindow::newRunDialog);
    liveTimer_ = new QTimer(this);
    liveTimer_->setInterval(1000);
    connect(liveTimer_, &QTimer::timeout, this, &MainWindow::pollProject);
    liveTimer_->start();

    restoreSettings();
    applyPreferences();
    view_->setOverlaySettings(presenter_->settings());
    setProject(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCentralWidget() {
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    leftLayout->setSpacing(4);
    filterCombo_ = new QComboBox(left);
    filterCombo_->setObjectName(QStringLiteral("filterCombo"));
    filterCombo_->addItems(ImageFilterProxy::filterLabels());
    leftLayout->addWidget(filterCombo_);

    list_ = new QListView(left);
    list_->setObjectName(QStringLiteral("imageList"));
    list_->setModel(proxy_);
    list_->setItemDelegate(new ImageListDelegate(thumbnails_->box(), list_));
    list_->setUniformItemSizes(true);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setTextElideMode(Qt::ElideMiddle);
    leftLayout->addWidget(list_);

    view_ = new ImageView(this);
    view_->setObjectName(QStringLiteral("imageView"));

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(QStringLiteral("mainSplitter"));
    splitter_->addWidget(left);
    splitter_->addWidget(view_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setSizes({280, 900});
    review_ = new ReviewPanel(this);
    cockpit_ = new CockpitPanel(runs_, this);
    results_ = new ResultsPage(this);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("mainTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(splitter_, tr("Images"));
    tabs_->addTab(review_, tr("Review"));
    tabs_->addTab(cockpit_, tr("Cockpit"));
    tabs_->addTab(results_, tr("Results"));
    setCentralWidget(tabs_);
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        viewerBar_->setVisible(index == 0);
        imageLabel_->setVisible(index == 0);
        zoomLabel_->setVisible(index == 0);
        // The browser's single-key shortcuts (D, P, O, ...) belong to the browser: while another
        // tab is shown its own keys apply, without ambiguity.
        for (QAction* a : viewerBar_->actions()) {
            if (index != 0 && !a->shortcuts().isEmpty()) {
                browserShortcuts_.insert(a, a->shortcuts());
                a->setShortcuts({});
            } else if (index == 0 && browserShortcuts_.contains(a)) {
                a->setShortcuts(browserShortcuts_.take(a));
            }
        }
        if (index == 1) review_->setFocus();
    });
    // A decision changes counts and masks the image list shows.
    connect(review_, &ReviewPanel::projectChanged, this, [this] {
        if (project_) countsLabel_->setText(countsText());
    });

    connect(filterCombo_, &QComboBox::currentIndexChanged, this, [this](int index) {
        proxy_->setFilter(static_cast<ImageFilterProxy::Filter>(index));
        if (!list_->currentIndex().isValid() && proxy_->rowCount() > 0) {
            list_->setCurrentIndex(proxy_->index(0, 0));
        }
    });
    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentRowChanged);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProjectDialog);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("actionNewProject"));
    QAction* openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("actionOpenProject"));
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    importAction_ = file->addAction(tr("&Import Images…"), this, &MainWindow::importDialog);
    importAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction_->setObjectName(QStringLiteral("actionImport"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* prefs = edit->addAction(tr("&Preferences…"), this, &MainWindow::preferencesDialog);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    prefs->setObjectName(QStringLiteral("actionPreferences"));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(viewerBar_->doctorMaskAction());
    viewMenu->addAction(viewerBar_->pseudoLabelAction());
    viewMenu->addSeparator();
    viewMenu->addAction(viewerBar_->showOverlayAction());
    viewMenu->addAction(viewerBar_->fillAction());
    viewMenu->addAction(viewerBar_->outlineAction());
    viewMenu->addSeparator();
    viewMenu->addAction(viewerBar_->zoomInAction());
    viewMenu->addAction(viewerBar_->zoomOutAction());
    viewMenu->addAction(viewerBar_->fitAction());
    viewMenu->addAction(viewerBar_->actualSizeAction());

    QMenu* reviewMenu = menuBar()->addMenu(tr("&Review"));
    QAction* browse = reviewMenu->addAction(tr("&Browse Images"), this, [this] { showReview(false); });
    browse->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    browse->setObjectName(QStringLiteral("actionBrowse"));
    QAction* review = reviewMenu->addAction(tr("&Review Pairs"), this, [this] { showReview(true); });
    review->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    review->setObjectName(QStringLiteral("actionReview"));
    reviewMenu->addSeparator();
    for (const char* name : {"actionBatchAccept", "actionExport", "actionHelp"})
        reviewMenu->addAction(review_->action(QString::fromLatin1(name)));

    QMenu* run = menuBar()->addMenu(tr("R&un"));
    runAction_ = run->addAction(tr("&New Run…"), this, &MainWindow::newRunDialog);
    runAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    runAction_->setObjectName(QStringLiteral("actionNewRun"));
    runAction_->setToolTip(
        tr("Train S, pseudo-label, run MIPR iterations or the Table-1 experiment (Ctrl+R)"));
    pauseAction_ =
        run->addAction(tr("&Pause"), this, [this] { runs_->isPaused() ? runs_->resume() : runs_->pause(); });
    pauseAction_->setObjectName(QStringLiteral("actionPauseRun"));
    stopAction_ = run->addAction(tr("&Stop"), runs_, &RunController::stop);
    stopAction_->setObjectName(QStringLiteral("actionStopRun"));
    run->addSeparator();
    QAction* cockpit = run->addAction(tr("Show the &Cockpit"), this, &MainWindow::showCockpit);
    cockpit->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction* results = run->addAction(tr("Show the &Results"), this, &MainWindow::showResults);
    results->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    runBar_ = new QToolBar(tr("Run"), this);
    runBar_->setObjectName(QStringLiteral("runToolBar"));
    runBar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    runBar_->addAction(runAction_);
    runBar_->addAction(pauseAction_);
    runBar_->addAction(stopAction_);
    addToolBar(Qt::TopToolBarArea, runBar_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MIPR Studio"), this, [this] {
        QMessageBox::about(this, tr("About MIPR Studio"),
                           tr("<h3>MIPR Studio %1</h3><p>Semi-automatic annotation of dermoscopy images "
                              "with pixel rearrangement.</p><p>GPL-3.0-or-later</p>")
                               .arg(studioVersion()));
    });
    rebuildRecentMenu();
}

void MainWindow::buildStatusBar() {
    countsLabel_ = new QLabel(this);
    countsLabel_->setObjectName(QStringLiteral("countsLabel"));
    imageLabel_ = new QLabel(this);
    zoomLabel_ = new QLabel(this);
    zoomLabel_->setObjectName(QStringLiteral("zoomLabel"));
    zoomLabel_->setMinimumWidth(zoomLabel_->fontMetrics().horizontalAdvance(tr("Zoom 10000%")));
    importProgress_ = new QProgressBar(this);
    importProgress_->setMaximumWidth(160);
    importProgress_->setVisible(false);
    importCancel_ = new QToolButton(this);
    importCancel_->setObjectName(QStringLiteral("importCancel"));
    importCancel_->setText(tr("Cancel"));
    importCancel_->setToolTip(tr("Stop the import: what was imported so far is kept"));
    importCancel_->setVisible(false);
    connect(importCancel_, &QToolButton::clicked, importJob_, &ImportJob::requestStop);
    runLabel_ = new QLabel(this);
    runLabel_->setObjectName(QStringLiteral("runLabel"));
    runLabel_->setVisible(false);
    statusBar()->addWidget(countsLabel_, 1);
    statusBar()->addPermanentWidget(runLabel_);
    statusBar()->addPermanentWidget(importProgress_);
    statusBar()->addPermanentWidget(importCancel_);
    statusBar()->addPermanentWidget(imageLabel_);
    statusBar()->addPermanentWidget(zoomLabel_);
}

void MainWindow::setProject(std::unique_ptr<project::Project> project,
                            std::optional<project::ProjectLock> studioLock) {
    if (importJob_->isRunning()) {
        // The worker writes to the old project; let it finish before switching.
        importJob_->requestStop();
        importJob_->wait();
    }
    review_->setProject(nullptr);
    project_ = std::move(project);
    studioLock_ = std::move(studioLock);
    review_->setProject(project_.get());
    refreshPending_ = false;
    try {  // what is shown now: later changes are measured against it
        dataVersion_ = project_ ? project_->data_version() : -1;
        signature_ = projectSignature();
    } catch (const std::exception&) {
        dataVersion_ = -1;
        signature_.clear();
    }
    cockpit_->curves()->setProjectRoot(project_ ? toQString(project_->root()) : QString());
    results_->setProjectRoot(project_ ? toQString(project_->root()) : QString());
    cockpit_->setReadOnly(project_ && project_->read_only());
    if (project_ && !project_->read_only()) pipeline::attach_project_log(project_->root());
    thumbnails_->clear();
    view_->clear();
    if (project_) {
        const QString path = projectPath();
        // The menu itself is rebuilt when it is next shown: this may run from one of its actions.
        RecentProjects().add(path);
        refresh();
        if (proxy_->rowCount() > 0)
            list_->setCurrentIndex(proxy_->index(0, 0));
        else
            view_->clear(tr("This project has no images yet.\nUse File → Import Images… to add some."));
        Q_EMIT projectOpened(path);
    } else {
        model_->setEntries({});
        countsLabel_->setText(tr("No project open"));
        view_->clear(tr("Create or open a project (File menu)."));
    }
    updateTitle();
    updateActions();
}

QString MainWindow::projectPath() const {
    if (!project_) return {};
    return QDir::cleanPath(QFileInfo(QString::fromStdString(project_->root().string())).absoluteFilePath());
}

QString MainWindow::projectName() const {
    return project_ ? QFileInfo(projectPath()).fileName() : QString();
}

bool MainWindow::isImporting() const {
    return importJob_->isRunning();
}

QString MainWindow::countsText() const {
    if (!project_) return tr("No project open");
    const auto c = project_->counts();
    return tr("%1 labelled · %2 unlabelled · %3 test · %4 with pseudo-label")
        .arg(c.labeled)
        .arg(c.unlabeled)
        .arg(c.test)
        .arg(c.with_pseudo);
}

void MainWindow::showReview(bool review) {
    tabs_->setCurrentIndex(review ? 1 : 0);
}

bool MainWindow::isReviewShown() const {
    return tabs_->currentIndex() == 1;
}

void MainWindow::refresh() {
    if (!project_) return;
    review_->reload();
    const QModelIndex current = list_->currentIndex();
    const QString currentName =
        current.isValid() ? current.data(ImageListModel::NameRole).toString() : QString();
    try {
        model_->setEntries(readImageEntries(*project_));
        countsLabel_->setText(countsText());
    } catch (const std::exception& e) {
        showError(tr("Cannot read project"), QString::fromUtf8(e.what()));
        return;
    }
    // A model reset drops the current row without a signal. Selecting it again re-shows it only
    // if its masks changed (onCurrentRowChanged compares with what the view has).
    const int row = currentName.isEmpty() ? -1 : model_->rowOf(currentName);
    const QModelIndex again = row >= 0 ? proxy_->mapFromSource(model_->index(row)) : QModelIndex();
    if (again.isValid()) {
        list_->setCurrentIndex(again);
    } else {
        onCurrentRowChanged();
    }
}

void MainWindow::updateTitle() {
    QString title;
    if (!project_)
        title = tr("MIPR Studio");
    else if (isReadOnly())
        title = tr("%1 (read-only) — MIPR Studio").arg(projectName());
    else
        title = tr("%1 — MIPR Studio").arg(projectName());
    if (runs_ && runs_->isRunning()) {
        const auto& p = runs_->lastProgress();
        QString what = runs_->isPaused() ? tr("paused") : tr("running");
        if (p.total > 0)
            what += QStringLiteral(" %1%").arg(100.0 * double(p.done) / double(p.total), 0, 'f', 0);
        title = QStringLiteral("[%1] %2").arg(what, title);
    }
    setWindowTitle(title);
}

void MainWindow::updateActions() {
    importAction_->setEnabled(project_ && !isReadOnly() && !importJob_->isRunning());
    if (runAction_) updateRunIndicators();
}

void MainWindow::onCurrentRowChanged() {
    const QModelIndex current = list_->currentIndex();
    if (!current.isValid()) {
        presenter_->setAvailability(false, false);
        if (project_ && model_->rowCount() > 0) view_->clear(tr("No image selected"));
        imageLabel_->clear();
        return;
    }
    const ImageEntry& entry = model_->entry(proxy_->mapToSource(current).row());
    presenter_->setAvailabilityFrom(entry);
    // Already on screen or loading, with the same masks (e.g. the list was only re-read).
    if (entry == view_->requestedEntry()) return;
    imageLabel_->setText(entry.name);
    view_->showImage(entry);
}

void MainWindow::onZoomChanged(double factor) {
    zoomLabel_->setText(tr("Zoom %1%").arg(qRound(factor * 100.0)));
}

void MainWindow::newProjectDialog() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("New Project — choose an empty folder"), QDir::homePath());
    if (!dir.isEmpty()) createProject(dir);
}

void MainWindow::openProjectDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project"), QDir::homePath());
    if (!dir.isEmpty()) openProject(dir);
}

void MainWindow::importDialog() {
    if (!project_) return;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Import Images — choose a dataset folder (ISIC, PH², or images/ + masks/)"),
        QDir::homePath());
    if (!dir.isEmpty()) importFolder(dir);
}

bool MainWindow::importFolder(const QString& source) {
    if (!project_ || importJob_->isRunning()) return false;
    if (!importJob_->start(projectPath(), source)) return false;
    importProgress_->setRange(0, 0);  // busy until the first progress report
    importProgress_->setVisible(true);
    importCancel_->setVisible(true);
    statusBar()->showMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(source)));
    updateActions();
    return true;
}

void MainWindow::onImportFinished(const ImportResult& result) {
    importProgress_->setVisible(false);
    importCancel_->setVisible(false);
    statusBar()->clearMessage();
    updateActions();
    refresh();
    if (!list_->currentIndex().isValid() && proxy_->rowCount() > 0)
        list_->setCurrentIndex(proxy_->index(0, 0));
    if (result.ok) {
        showInfo(tr("Import finished"), result.summary);
    } else if (result.cancelled) {
        showInfo(tr("Import cancelled"), result.summary);
    } else {
        showError(tr("Import failed"), result.summary);
    }
    Q_EMIT importFinished(result.ok, result.summary);
}

void MainWindow::showError(const QString& title, const QString& text) {
    // Non-modal: never blocks the event loop (or a test driving the window).
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showInfo(const QString& title, const QString& text) {
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreSettings() {
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    splitter_->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
    s.endGroup();
    s.beginGroup(QStringLiteral("overlay"));
    presenter_->setOpacityPercent(s.value(QStringLiteral("opacity"), presenter_->opacityPercent()).toInt());
    const bool outline = presenter_->style() == OverlayStyle::outline;
    presenter_->setStyle(s.value(QStringLiteral("outline"), outline).toBool() ? OverlayStyle::outline
                                                                              : OverlayStyle::fill);
    s.endGroup();
}

void MainWindow::saveSettings() const {
    QSettings s;
    s.beginGroup(QStringLiteral("mainWindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    s.setValue(QStringLiteral("splitter"), splitter_->saveState());
    s.endGroup();
    s.beginGroup(QStringLiteral("overlay"));
    s.setValue(QStringLiteral("opacity"), presenter_->opacityPercent());
    s.setValue(QStringLiteral("outline"), presenter_->style() == OverlayStyle::outline);
    s.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (runs_->isRunning()) {
        // Ask, and never wait here: a chosen stop closes the window when the run has stopped.
        event->ignore();
        if (closeAfterRun_ || findChild<QMessageBox*>(QStringLiteral("closeDuringRun"))) return;
        auto* box = new QMessageBox(QMessageBox::Question, tr("A run is in progress"),
                                    tr("Stop the run and close? What it completed is kept, and a new run "
                                       "continues after it."),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("closeDuringRun"));
        QPushButton* stopClose = box->addButton(tr("Stop and Close"), QMessageBox::AcceptRole);
        stopClose->setObjectName(QStringLiteral("stopAndClose"));
        box->addButton(tr("Keep Running"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, stopClose](QAbstractButton* b) {
            if (b != stopClose) return;
            closeAfterRun_ = true;
            statusBar()->showMessage(tr("Stopping the run, then closing…"));
            runs_->stop();
        });
        box->open();
        return;
    }
    if (importJob_->isRunning()) {
        // Items are committed one by one: stopping keeps everything imported so far.
        importJob_->requestStop();
        importJob_->wait();
    }
    saveSettings();
    event->accept();
}

}  // namespace mipr::ui
