#include "mipr/ui/review/review_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>
#include "common/core_texts.h"
#include "common/mnemonic.h"

#include "common/qt_paths.h"
#include "mipr/pipeline/signals.h"
#include "mipr/project/project.h"
#include "mipr/ui/review/mask_editor.h"
#include "mipr/ui/review/review_session.h"
#include "mipr/ui/review/review_view.h"
#include "mipr/ui/shell/help_overlay.h"

namespace mipr::ui {

ReviewPanel::ReviewPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("reviewPanel"));
    session_ = new ReviewSession(this);
    editor_ = new MaskEditor(this);
    view_ = new ReviewView(this);  // before the actions that drive it; the layout adopts it
    buildActions();
    buildLayout();
    view_->setEditor(editor_);
    connect(view_, &ReviewView::paneSizeChanged, session_, &ReviewSession::setPaneSize);
    help_ = new HelpOverlay(this);
    help_->addGroup(tr("Decide"), reviewGroup_);
    help_->addGroup(tr("View"), viewGroup_);
    help_->addGroup(tr("Edit the mask (after E)"), editGroup_);

    connect(session_, &ReviewSession::currentChanged, this, [this](int row) {
        if (row < 0) {
            view_->clearCase(session_->queue()->count() == 0 ? tr("No pair matches the queue's filter.")
                                                             : tr("No pair selected."));
        } else if (!session_->currentCase()) {
            view_->clearCase(
                tr("Loading %1…").arg(QString::fromStdString(session_->currentItem()->image_name)));
        }
        syncingSelection_ = true;
        list_->setCurrentIndex(session_->queue()->index(row));
        syncingSelection_ = false;
        updateCaseLabel();
        updateActions();
    });
    connect(session_, &ReviewSession::caseReady, this, [this](qint64 pairId) {
        const auto c = session_->currentCase();
        if (c && c->pairId == pairId) {
            view_->setCase(c);
            updateCaseLabel();
            if (!c->warnings.isEmpty()) showMessage(c->warnings.join(QLatin1Char('\n')), true);
        }
        updateActions();
    });
    connect(session_, &ReviewSession::decided, this, [this](qint64, const QString&) {
        updateCaseLabel();
        Q_EMIT projectChanged();
    });
    connect(session_, &ReviewSession::errorOccurred, this,
            [this](const QString& m) { showMessage(m, true); });
    connect(session_->queue(), &ReviewQueue::progressChanged, this, &ReviewPanel::updateProgress);
    connect(session_->undoStack(), &QUndoStack::indexChanged, this, &ReviewPanel::updateActions);
    connect(editor_->undoStack(), &QUndoStack::indexChanged, this, &ReviewPanel::updateActions);
    connect(editor_, &MaskEditor::brushRadiusChanged, this,
            [this](int r) { brushLabel_->setText(tr("Brush %1 px").arg(2 * r + 1)); });
    connect(view_, &ReviewView::cursorTextChanged, cursorLabel_, &QLabel::setText);
    updateActions();
}

ReviewPanel::~ReviewPanel() {
    // A running export reads through its own connection and posts to this panel (guarded); it is
    // asked to stop and awaited, so nothing outlives the studio.
    if (exportStop_) exportStop_->request_stop();
    exportWork_.waitForFinished();
    // The children's destructors clear their undo stacks, which signals: not to a half-gone panel.
    session_->undoStack()->disconnect(this);
    editor_->undoStack()->disconnect(this);
    session_->disconnect(this);
    session_->queue()->disconnect(this);
    editor_->disconnect(this);
}

QAction* ReviewPanel::addAction(const QString& name, const QString& text, const QList<QKeySequence>& keys,
                                void (ReviewPanel::*slot)()) {
    return addAction(name, text, keys, this, slot);
}

QAction* ReviewPanel::newAction(const QString& name, const QString& text, const QList<QKeySequence>& keys) {
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!keys.isEmpty())
        a->setToolTip(
            tr("%1 (%2)").arg(withoutMnemonic(text), keys.front().toString(QKeySequence::NativeText)));
    QWidget::addAction(a);
    actions_.insert(name, a);
    return a;
}

void ReviewPanel::buildActions() {
    using K = QKeySequence;
    reviewGroup_ = {
        addAction(QStringLiteral("actionAccept"), tr("&Accept"), {K(Qt::Key_A)}, &ReviewPanel::acceptCurrent),
        addAction(QStringLiteral("actionReject"), tr("&Reject"), {K(Qt::Key_R)}, &ReviewPanel::rejectCurrent),
        addAction(QStringLiteral("actionEdit"), tr("&Edit mask"), {K(Qt::Key_E)}, &ReviewPanel::editCurrent),
        addAction(QStringLiteral("actionNext"), tr("&Next"),
                  {K(Qt::Key_Right), K(Qt::Key_Space), K(Qt::Key_Down)}, session_, &ReviewSession::next),
        addAction(QStringLiteral("actionPrevious"), tr("&Previous"),
                  {K(Qt::Key_Left), K(Qt::SHIFT | Qt::Key_Space), K(Qt::Key_Up)}, session_,
                  &ReviewSession::previous),
        addAction(QStringLiteral("actionFirst"), tr("First in queue"), {K(Qt::Key_Home)},
                  &ReviewPanel::firstCase),
        addAction(QStringLiteral("actionLast"), tr("Last in queue"), {K(Qt::Key_End)},
                  &ReviewPanel::lastCase),
        addAction(QStringLiteral("actionUndoDecision"), tr("&Undo decision"), {K(Qt::CTRL | Qt::Key_Z)},
                  &ReviewPanel::undoDecision),
        addAction(QStringLiteral("actionRedoDecision"), tr("Redo decision"),
                  {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), K(Qt::CTRL | Qt::Key_Y)}, session_,
                  &ReviewSession::redo),
        addAction(QStringLiteral("actionBatchAccept"), tr("&Batch accept…"), {K(Qt::CTRL | Qt::Key_B)},
                  &ReviewPanel::openBatchBar),
        addAction(QStringLiteral("actionExport"), tr("E&xport annotations…"), {K(Qt::CTRL | Qt::Key_E)},
                  &ReviewPanel::exportDialog),
    };
    viewGroup_ = {
        addAction(QStringLiteral("actionTwoPane"), tr("&Two panes / four panes"), {K(Qt::Key_T)},
                  &ReviewPanel::toggleTwoPane),
        addAction(QStringLiteral("actionDifference"), tr("&Difference heat map"), {K(Qt::Key_D)},
                  &ReviewPanel::toggleDifference),
        addAction(QStringLiteral("actionErrorMap"), tr("Error &map overlay (|x' − x_u| on the label)"),
                  {K(Qt::Key_W)}, &ReviewPanel::toggleErrorMap),
        addAction(QStringLiteral("actionOutline"), tr("&Outline / fill"), {K(Qt::Key_O)},
                  &ReviewPanel::toggleOutline),
        addAction(QStringLiteral("actionLabel"), tr("Show / &hide label"), {K(Qt::Key_L)},
                  &ReviewPanel::toggleLabel),
        addAction(QStringLiteral("actionZoomIn"), tr("Zoom in"), {K(Qt::Key_Plus), K(Qt::Key_Equal)}, view_,
                  &ReviewView::zoomIn),
        addAction(QStringLiteral("actionZoomOut"), tr("Zoom out"), {K(Qt::Key_Minus)}, view_,
                  &ReviewView::zoomOut),
        addAction(QStringLiteral("actionFit"), tr("Fit to window"), {K(Qt::Key_0)}, view_,
                  &ReviewView::fitToWindow),
        addAction(QStringLiteral("actionActual"), tr("Actual pixels"), {K(Qt::Key_1)}, view_,
                  &ReviewView::zoomToActualSize),
        addAction(QStringLiteral("actionHelp"), tr("Keyboard help"), {K(Qt::Key_Question), K(Qt::Key_F1)},
                  &ReviewPanel::toggleHelp),
    };
    for (const char* n :
         {"actionTwoPane", "actionDifference", "actionErrorMap", "actionOutline", "actionLabel"})
        actions_.value(QString::fromLatin1(n))->setCheckable(true);
    actions_.value(QStringLiteral("actionOutline"))->setChecked(true);
    actions_.value(QStringLiteral("actionLabel"))->setChecked(true);

    editGroup_ = {
        addAction(QStringLiteral("actionBrush"), tr("&Brush"), {K(Qt::Key_B)}, &ReviewPanel::toolBrush),
        addAction(QStringLiteral("actionEraser"), tr("&Eraser"), {K(Qt::Key_X)}, &ReviewPanel::toolEraser),
        addAction(QStringLiteral("actionPolygon"), tr("&Polygon / lasso (click points, Enter closes)"),
                  {K(Qt::Key_P)}, &ReviewPanel::toolPolygon),
        addAction(QStringLiteral("actionFloodFill"), tr("&Flood fill (Shift+click erases)"), {K(Qt::Key_F)},
                  &ReviewPanel::toolFill),
        addAction(QStringLiteral("actionBrushSmaller"), tr("Smaller brush"), {K(Qt::Key_BracketLeft)},
                  &ReviewPanel::brushSmaller),
        addAction(QStringLiteral("actionBrushLarger"), tr("Larger brush"), {K(Qt::Key_BracketRight)},
                  &ReviewPanel::brushLarger),
        addAction(QStringLiteral("actionFillHoles"), tr("Fill &holes"), {K(Qt::Key_H)}, editor_,
                  &MaskEditor::fillHoles),
        addAction(QStringLiteral("actionGrow"), tr("&Grow by one pixel"), {K(Qt::Key_G)}, editor_,
                  &MaskEditor::grow),
        addAction(QStringLiteral("actionShrink"), tr("&Shrink by one pixel"), {K(Qt::Key_S)}, editor_,
                  &MaskEditor::shrink),
        addAction(QStringLiteral("actionSmooth"), tr("S&mooth outline"), {K(Qt::Key_M)}, editor_,
                  &MaskEditor::smooth),
        addAction(QStringLiteral("actionClearMask"), tr("&Clear mask"), {K(Qt::Key_Delete)},
                  &ReviewPanel::clearMask),
        addAction(QStringLiteral("actionUndoEdit"), tr("Undo stroke"), {K(Qt::CTRL | Qt::Key_Z)},
                  &ReviewPanel::undoEdit),
        addAction(QStringLiteral("actionRedoEdit"), tr("Redo stroke"),
                  {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), K(Qt::CTRL | Qt::Key_Y)}, &ReviewPanel::redoEdit),
        addAction(QStringLiteral("actionSaveEdit"), tr("Save edit (the pair becomes \"edited\")"),
                  {K(Qt::Key_Return), K(Qt::Key_Enter), K(Qt::CTRL | Qt::Key_S)}, &ReviewPanel::saveEdit),
        addAction(QStringLiteral("actionCancelEdit"), tr("Cancel edit"), {K(Qt::Key_Escape)},
                  &ReviewPanel::cancelEdit),
    };
    // Short labels for the toolbar; the help sheet shows the full text.
    const std::pair<const char*, QString> shortNames[] = {
        {"actionPolygon", tr("Polygon")},     {"actionFloodFill", tr("Flood fill")},
        {"actionGrow", tr("Grow")},           {"actionShrink", tr("Shrink")},
        {"actionSmooth", tr("Smooth")},       {"actionClearMask", tr("Clear")},
        {"actionUndoEdit", tr("Undo")},       {"actionRedoEdit", tr("Redo")},
        {"actionSaveEdit", tr("Save")},       {"actionCancelEdit", tr("Cancel")},
        {"actionTwoPane", tr("2 / 4 panes")}, {"actionDifference", tr("Difference")},
        {"actionOutline", tr("Outline")},     {"actionLabel", tr("Label")},
        {"actionExport", tr("Export…")},      {"actionUndoDecision", tr("Undo")},
        {"actionHelp", tr("Keys ?")},
    };
    for (const auto& [name, text] : shortNames)
        actions_.value(QString::fromLatin1(name))->setIconText(text);
    tools_ = new QActionGroup(this);
    for (const char* n : {"actionBrush", "actionEraser", "actionPolygon", "actionFloodFill"}) {
        QAction* a = actions_.value(QString::fromLatin1(n));
        a->setCheckable(true);
        tools_->addAction(a);
    }
    actions_.value(QStringLiteral("actionBrush"))->setChecked(true);
}

void ReviewPanel::buildLayout() {
    // Left: the queue.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    leftLayout->setSpacing(4);
    iterationCombo_ = new QComboBox(left);
    iterationCombo_->setObjectName(QStringLiteral("reviewIterationCombo"));
    statusCombo_ = new QComboBox(left);
    statusCombo_->setObjectName(QStringLiteral("reviewStatusCombo"));
    for (int s = 0; s <= int(ReviewStatusFilter::all); ++s)
        statusCombo_->addItem(ReviewQueue::statusFilterLabel(ReviewStatusFilter(s)), s);
    orderCombo_ = new QComboBox(left);
    orderCombo_->setObjectName(QStringLiteral("reviewOrderCombo"));
    for (int o = 0; o <= int(ReviewOrder::lowestEstimatedDiceFirst); ++o)
        orderCombo_->addItem(ReviewQueue::orderLabel(ReviewOrder(o)), o);
    auto* range = new QHBoxLayout();
    minScore_ = new QDoubleSpinBox(left);
    maxScore_ = new QDoubleSpinBox(left);
    for (auto* s : {minScore_, maxScore_}) {
        s->setRange(0.0, 1.0);
        s->setDecimals(2);
        s->setSingleStep(0.05);
    }
    minScore_->setObjectName(QStringLiteral("reviewMinScore"));
    maxScore_->setObjectName(QStringLiteral("reviewMaxScore"));
    maxScore_->setValue(1.0);
    range->addWidget(new QLabel(tr("Score"), left));
    range->addWidget(minScore_);
    range->addWidget(new QLabel(tr("to"), left));
    range->addWidget(maxScore_);
    list_ = new QListView(left);
    list_->setObjectName(QStringLiteral("reviewQueueList"));
    list_->setModel(session_->queue());
    list_->setUniformItemSizes(true);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setFocusPolicy(Qt::ClickFocus);  // the arrows belong to the review, not the list
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setTextElideMode(Qt::ElideRight);
    progress_ = new QProgressBar(left);
    progress_->setObjectName(QStringLiteral("reviewProgress"));
    progress_->setFormat(tr("%v / %m reviewed"));
    progressLabel_ = new QLabel(left);
    progressLabel_->setObjectName(QStringLiteral("reviewProgressLabel"));
    progressLabel_->setWordWrap(true);
    leftLayout->addWidget(iterationCombo_);
    leftLayout->addWidget(statusCombo_);
    leftLayout->addWidget(orderCombo_);
    leftLayout->addLayout(range);
    leftLayout->addWidget(list_, 1);
    leftLayout->addWidget(progress_);
    leftLayout->addWidget(progressLabel_);

    // Right: toolbars, the view, the batch bar, the status lines.
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 4, 4);
    rightLayout->setSpacing(2);
    reviewBar_ = new QToolBar(right);
    reviewBar_->setObjectName(QStringLiteral("reviewToolBar"));
    reviewBar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* n : {"actionAccept", "actionReject", "actionEdit", "actionPrevious", "actionNext",
                          "actionUndoDecision", "actionBatchAccept", "actionExport"})
        reviewBar_->addAction(actions_.value(QString::fromLatin1(n)));
    reviewBar_->addSeparator();
    for (const char* n : {"actionTwoPane", "actionDifference", "actionOutline", "actionLabel", "actionHelp"})
        reviewBar_->addAction(actions_.value(QString::fromLatin1(n)));
    editBar_ = new QToolBar(right);
    editBar_->setObjectName(QStringLiteral("editToolBar"));
    editBar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* n : {"actionBrush", "actionEraser", "actionPolygon", "actionFloodFill"})
        editBar_->addAction(actions_.value(QString::fromLatin1(n)));
    brushLabel_ = new QLabel(tr("Brush %1 px").arg(2 * editor_->brushRadius() + 1), editBar_);
    brushLabel_->setObjectName(QStringLiteral("brushLabel"));
    editBar_->addWidget(brushLabel_);
    editBar_->addSeparator();
    for (const char* n : {"actionFillHoles", "actionGrow", "actionShrink", "actionSmooth", "actionClearMask",
                          "actionUndoEdit", "actionRedoEdit", "actionSaveEdit", "actionCancelEdit"})
        editBar_->addAction(actions_.value(QString::fromLatin1(n)));
    editBar_->hide();

    view_->setObjectName(QStringLiteral("reviewView"));

    batchBar_ = new QWidget(right);
    batchBar_->setObjectName(QStringLiteral("batchBar"));
    auto* batchLayout = new QHBoxLayout(batchBar_);
    batchLayout->setContentsMargins(4, 2, 4, 2);
    batchLayout->addWidget(new QLabel(tr("Accept every pair to review with consistency ≥"), batchBar_));
    batchSpin_ = new QDoubleSpinBox(batchBar_);
    batchSpin_->setObjectName(QStringLiteral("batchThreshold"));
    batchSpin_->setRange(0.0, 1.0);
    batchSpin_->setDecimals(3);
    batchSpin_->setSingleStep(0.01);
    batchSpin_->setValue(0.95);
    batchLayout->addWidget(batchSpin_);
    batchText_ = new QLabel(batchBar_);
    batchLayout->addWidget(batchText_, 1);
    batchButton_ = new QPushButton(batchBar_);
    batchButton_->setObjectName(QStringLiteral("batchConfirm"));
    batchButton_->setDefault(true);
    batchLayout->addWidget(batchButton_);
    auto* batchCancel = new QPushButton(tr("Cancel"), batchBar_);
    batchLayout->addWidget(batchCancel);
    batchBar_->hide();
    connect(batchSpin_, &QDoubleSpinBox::valueChanged, this, &ReviewPanel::updateBatchText);
    connect(batchButton_, &QPushButton::clicked, this, &ReviewPanel::confirmBatch);
    connect(batchCancel, &QPushButton::clicked, this, &ReviewPanel::closeBatchBar);
    batchSpin_->installEventFilter(this);

    caseLabel_ = new QLabel(right);
    caseLabel_->setObjectName(QStringLiteral("reviewCaseLabel"));
    caseLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wrapped, not as wide as its text: in German or Spanish the case line is longer than a
    // laptop's screen is wide, and an unwrapped label would widen the whole window.
    caseLabel_->setWordWrap(true);
    cursorLabel_ = new QLabel(right);
    cursorLabel_->setObjectName(QStringLiteral("reviewCursorLabel"));
    messageLabel_ = new QLabel(right);
    messageLabel_->setObjectName(QStringLiteral("reviewMessageLabel"));
    messageLabel_->setWordWrap(true);
    messageLabel_->hide();

    rightLayout->addWidget(reviewBar_);
    rightLayout->addWidget(editBar_);
    rightLayout->addWidget(view_, 1);
    rightLayout->addWidget(batchBar_);
    rightLayout->addWidget(messageLabel_);
    rightLayout->addWidget(caseLabel_);
    rightLayout->addWidget(cursorLabel_);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({290, 1000});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                if (!syncingSelection_ && index.isValid() && !isEditing())
                    session_->setCurrentRow(index.row());
            });
    auto refilter = [this] { applyFilter(); };
    connect(iterationCombo_, &QComboBox::currentIndexChanged, this, refilter);
    connect(statusCombo_, &QComboBox::currentIndexChanged, this, refilter);
    connect(minScore_, &QDoubleSpinBox::valueChanged, this, refilter);
    connect(maxScore_, &QDoubleSpinBox::valueChanged, this, refilter);
    connect(orderCombo_, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto order = ReviewOrder(orderCombo_->itemData(index).toInt());
        for (auto* spin : {minScore_, maxScore_})  // a signal has its own scale
            spin->setEnabled(order != ReviewOrder::bySignal);
        if (order == ReviewOrder::bySignal) {
            if (const auto* info = pipeline::find_signal(bestStrategy_.toStdString()))
                session_->queue()->setSignalOrder(bestStrategy_, info->direction > 0);
        } else {
            session_->queue()->setOrder(order);
        }
        session_->setCurrentRow(0);
    });
}

bool ReviewPanel::eventFilter(QObject* watched, QEvent* event) {
    // The batch bar is keyboard driven: Enter confirms, Esc closes.
    if (watched == batchSpin_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (batchButton_->isEnabled()) confirmBatch();
            return true;
        }
        if (key == Qt::Key_Escape) {
            closeBatchBar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<QAction*> ReviewPanel::reviewActions() const {
    return reviewGroup_ + viewGroup_ + editGroup_;
}

bool ReviewPanel::isEditing() const {
    return view_->isEditing();
}

void ReviewPanel::setProject(project::Project* project) {
    if (isEditing()) {
        editor_->end();
        view_->setEditing(false);
    }
    closeBatchBar();
    messageLabel_->hide();
    session_->setProject(project);
    refillIterations();
    // A reviewer starts with the newest iteration: its pairs are the ones awaiting review.
    if (iterationCombo_->count() > 1) iterationCombo_->setCurrentIndex(iterationCombo_->count() - 1);
    updateActions();
}

void ReviewPanel::reload() {
    session_->reload();
    refillIterations();
    const QString root = session_->project() ? toQString(session_->project()->root()) : QString();
    if (root != orderChosenFor_) {
        orderChosenFor_ = root;
        chooseDefaultOrder();
    }
}

void ReviewPanel::chooseDefaultOrder() {
    // Without a simulation: the learned estimate when the pairs have one, else consistency.
    ReviewOrder order = session_->queue()->hasEstimates() ? ReviewOrder::lowestEstimatedDiceFirst
                                                          : ReviewOrder::leastConsistentFirst;
    QString signal;
    bestStrategy_.clear();
    pixelAuroc_ = -1;
    // The newest `mipr simulate-review` report names the strategy with the best curve, and says how
    // well |x' − x_u| predicts wrong pixels.
    if (session_->project()) {
        QDir reports(toQString(session_->project()->reports_dir()));
        const QStringList runs = reports.entryList({QStringLiteral("simulate-review-*")},
                                                   QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (!runs.isEmpty()) {
            QFile file(reports.filePath(runs.last() + QStringLiteral("/summary.json")));
            if (file.size() < 1 << 20 && file.open(QIODevice::ReadOnly)) {
                const QJsonObject summary = QJsonDocument::fromJson(file.readAll()).object();
                bestStrategy_ = summary.value(QStringLiteral("best")).toString();
                pixelAuroc_ = summary.value(QStringLiteral("pixel_auroc")).toDouble(-1);
            }
        }
    }
    const std::string best = bestStrategy_.toStdString();
    if (best == pipeline::signal_names::kEstimatedDice) {
        order = ReviewOrder::lowestEstimatedDiceFirst;
    } else if (best == pipeline::signal_names::kConfidence) {
        order = ReviewOrder::leastConfidentFirst;
    } else if (best == pipeline::signal_names::kConsistency) {
        order = ReviewOrder::leastConsistentFirst;
    } else if (best == pipeline::signal_names::kL1) {
        order = ReviewOrder::mostChangedFirst;
    } else if (pipeline::find_signal(best)) {
        order = ReviewOrder::bySignal;
        signal = bestStrategy_;
    }
    // A signal's order is offered by name, as the last entry of the list.
    const int signalIndex = orderCombo_->findData(int(ReviewOrder::bySignal));
    if (signalIndex >= 0) orderCombo_->removeItem(signalIndex);
    if (order == ReviewOrder::bySignal) {
        const auto* info = pipeline::find_signal(best);
        orderCombo_->addItem(tr("By %1 (best in the simulation)").arg(signalText(info->label)),
                             int(ReviewOrder::bySignal));
        session_->queue()->setSignalOrder(signal, info->direction > 0);
    }
    // The error map is offered when it predicts wrong pixels better than chance (or is unmeasured).
    QAction* errorMap = actions_.value(QStringLiteral("actionErrorMap"));
    errorMap->setEnabled(pixelAuroc_ < 0 || pixelAuroc_ > 0.5);
    errorMap->setToolTip(pixelAuroc_ < 0
                             ? tr("Not measured yet: run mipr simulate-review")
                             : tr("Predicts wrong pixels with AUROC %1").arg(pixelAuroc_, 0, 'f', 2));
    if (!errorMap->isEnabled() && view_->showsErrorMap()) toggleErrorMap();
    orderCombo_->setCurrentIndex(orderCombo_->findData(int(order)));
    session_->setCurrentRow(0);
}

void ReviewPanel::refillIterations() {
    const int keep = iterationCombo_->currentData().toInt();
    QSignalBlocker block(iterationCombo_);
    iterationCombo_->clear();
    iterationCombo_->addItem(tr("All iterations"), 0);
    for (int it : session_->queue()->iterations())
        iterationCombo_->addItem(tr("Iteration %1").arg(it), it);
    const int index = iterationCombo_->findData(keep);
    iterationCombo_->setCurrentIndex(index < 0 ? 0 : index);
}

void ReviewPanel::applyFilter() {
    ReviewFilter f;
    f.iteration = iterationCombo_->currentData().toInt();
    f.status = ReviewStatusFilter(statusCombo_->currentData().toInt());
    f.min_score = minScore_->value();
    f.max_score = maxScore_->value();
    session_->queue()->setFilter(f);
    session_->setCurrentRow(0);
}

void ReviewPanel::updateProgress(int reviewed, int total) {
    progress_->setRange(0, std::max(total, 1));
    progress_->setValue(reviewed);
    // An empty queue said "0 / 1 reviewed" (the range cannot be empty).
    progress_->setFormat(total > 0 ? tr("%v / %m reviewed") : tr("no pairs"));
    QString text = tr("%1 of %2 reviewed · %3 left").arg(reviewed).arg(total).arg(total - reviewed);
    // How much of the estimated gain is still in the pairs to review: when it is small, the rest
    // of the queue is likely right as it is, and the reviewer may stop.
    if (const auto left = session_->queue()->estimatedGainLeft())
        text += tr(" · estimated gain left %1 %").arg(100.0 * *left, 0, 'f', 0);
    progressLabel_->setText(text);
}

void ReviewPanel::updateCaseLabel() {
    const ReviewItem* it = session_->currentItem();
    if (!it) {
        caseLabel_->setText(session_->project() ? tr("Nothing to review here.") : tr("No project open."));
        return;
    }
    const QString models = tr("S v%1, G v%2").arg(it->seg_model_version).arg(it->gen_model_version);
    QString area;
    if (const auto c = session_->currentCase(); c && c->pairId == it->pair_id && !c->labelOverlay.isNull()) {
        const double share =
            100.0 * double(c->labelOverlay.area()) / double(c->label.width() * c->label.height());
        area = c->labelOverlay.area() == 0 ? tr(" · <b>empty label</b>")
                                           : tr(" · label %1 % of the image").arg(share, 0, 'f', 1);
    }
    if (const auto d = it->estimated_dice()) area += tr(" · estimated Dice <b>%1</b>").arg(*d, 0, 'f', 2);
    caseLabel_->setText(
        tr("<b>%1</b> · iteration %2 · %3 · consistency %4 · confidence %5 · L1 %6 · SSIM %7 · "
           "<b>%8</b>%9 · %10 of %11")
            .arg(QString::fromStdString(it->image_name))
            .arg(it->iteration)
            .arg(models)
            .arg(it->consistency, 0, 'f', 3)
            .arg(it->confidence, 0, 'f', 3)
            .arg(it->l1, 0, 'f', 3)
            .arg(it->ssim, 0, 'f', 3)
            .arg(statusText(it->status))
            .arg(area)
            .arg(session_->currentRow() + 1)
            .arg(session_->queue()->count()));
}

void ReviewPanel::updateActions() {
    const bool editing = isEditing();
    const bool has = session_->currentItem() != nullptr;
    const bool loaded = session_->currentCase() != nullptr;
    // A read-only project is for looking: what would record a decision is off.
    const bool writable = session_->project() && !session_->project()->read_only();
    for (QAction* a : reviewGroup_)
        a->setEnabled(!editing);
    actions_.value(QStringLiteral("actionAccept"))->setEnabled(!editing && has && writable);
    actions_.value(QStringLiteral("actionReject"))->setEnabled(!editing && has && writable);
    actions_.value(QStringLiteral("actionEdit"))->setEnabled(!editing && loaded && writable);
    actions_.value(QStringLiteral("actionBatchAccept"))->setEnabled(!editing && writable);
    actions_.value(QStringLiteral("actionUndoDecision"))
        ->setEnabled(!editing && session_->undoStack()->canUndo());
    actions_.value(QStringLiteral("actionRedoDecision"))
        ->setEnabled(!editing && session_->undoStack()->canRedo());
    actions_.value(QStringLiteral("actionExport"))->setEnabled(!editing && session_->project());
    for (QAction* a : editGroup_)
        a->setEnabled(editing);
    actions_.value(QStringLiteral("actionUndoEdit"))->setEnabled(editing && editor_->undoStack()->canUndo());
    actions_.value(QStringLiteral("actionRedoEdit"))->setEnabled(editing && editor_->undoStack()->canRedo());
    reviewBar_->setVisible(!editing);
    editBar_->setVisible(editing);
}

void ReviewPanel::showMessage(const QString& text, bool error) {
    messageLabel_->setText(text);
    messageLabel_->setStyleSheet(error ? QStringLiteral("color: #ff6b6b;") : QString());
    messageLabel_->setVisible(!text.isEmpty());
}

// --- review actions ---------------------------------------------------------------------------

void ReviewPanel::acceptCurrent() {
    if (session_->accept()) messageLabel_->hide();
}

void ReviewPanel::rejectCurrent() {
    if (session_->reject()) messageLabel_->hide();
}

void ReviewPanel::firstCase() {
    session_->setCurrentRow(0);
}

void ReviewPanel::lastCase() {
    session_->setCurrentRow(session_->queue()->count() - 1);
}

void ReviewPanel::undoDecision() {
    const QString text = session_->undoStack()->undoText();
    session_->undo();
    if (!text.isEmpty()) showMessage(tr("Undone: %1").arg(text));
}

void ReviewPanel::toggleTwoPane() {
    view_->setTwoPane(!view_->isTwoPane());
    actions_.value(QStringLiteral("actionTwoPane"))->setChecked(view_->isTwoPane());
}

void ReviewPanel::toggleDifference() {
    view_->setShowDifference(!view_->showsDifference());
    actions_.value(QStringLiteral("actionDifference"))->setChecked(view_->showsDifference());
}

void ReviewPanel::toggleErrorMap() {
    view_->setErrorMap(!view_->showsErrorMap());
    actions_.value(QStringLiteral("actionErrorMap"))->setChecked(view_->showsErrorMap());
}

void ReviewPanel::toggleOutline() {
    view_->setOverlayStyle(view_->overlayStyle() == OverlayStyle::outline ? OverlayStyle::fill
                                                                          : OverlayStyle::outline);
    actions_.value(QStringLiteral("actionOutline"))
        ->setChecked(view_->overlayStyle() == OverlayStyle::outline);
}

void ReviewPanel::toggleLabel() {
    view_->setOverlayVisible(!view_->overlayVisible());
    actions_.value(QStringLiteral("actionLabel"))->setChecked(view_->overlayVisible());
}

void ReviewPanel::toggleHelp() {
    help_->toggle();
}

}  // namespace mipr::ui
