#include "dossierdialog.h"

#include "pagelayout.h"

#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace tthc {

namespace {
const QString formatsKey = QStringLiteral("dossier/formats");
const QString folderKey = QStringLiteral("dossier/folder");
const char *const formatKeys[3] = {"pdf", "docx", "xlsx"};
constexpr int thumbWidth = 96;   // px, a page's thumbnail
constexpr int thumbHeight = 136; // px, A4 portrait at that width
constexpr int previewMargin = 12; // px around the large page

// Shows busy while the preview is built (~0.3 s on the sample), restored on every exit.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};
} // namespace

DossierDialog::DossierDialog(WorkspaceModel *model, const std::optional<DossierTarget> &current, ErrorSink onError,
                             QWidget *parent)
    : QDialog(parent), m_model(model), m_target(current), m_onError(std::move(onError)), m_current(new QRadioButton),
      m_approved(new QRadioButton), m_folder(new QLineEdit), m_pageCount(new QLabel), m_preview(new QStackedWidget),
      m_thumbnails(new QListWidget), m_pageScroll(new QScrollArea), m_page(new QLabel), m_message(new QLabel),
      m_files(new QLabel), m_resizeTimer(new QTimer(this)), m_export(new QPushButton(tr("&Export")))
{
    setObjectName(QStringLiteral("dossierDialog"));
    setWindowTitle(tr("Export approval dossier"));
    const Workspace &ws = model->workspace();
    if (m_target && targetTitle(*m_target).isNull())
        m_target.reset(); // not in the workspace (any more)

    // What to export.
    auto *what = new QGroupBox(tr("Dossier of"));
    auto *whatLayout = new QVBoxLayout(what);
    const bool group = m_target && m_target->kind == DossierTarget::Kind::Group;
    m_current->setText(!m_target ? tr("The selected procedure or group") : group ? tr("The &selected group") : tr("The &selected procedure"));
    auto *currentName = new QLabel;
    currentName->setWordWrap(true);
    currentName->setTextFormat(Qt::RichText);
    currentName->setContentsMargins(22, 0, 0, 4); // under the radio's text, not its indicator
    if (m_target) {
        currentName->setText(QStringLiteral("<b>%1</b> — %2").arg(m_target->id.toHtmlEscaped(), targetTitle(*m_target).toHtmlEscaped()));
    } else {
        currentName->setText(tr("Nothing is selected in the catalogue."));
        currentName->setEnabled(false);
        m_current->setEnabled(false);
        m_current->setToolTip(tr("Select a procedure or a group in the catalogue first."));
    }
    const int approved = int(DossierExporter::approvedTargets(ws).size());
    m_approved->setText(tr("&All approved procedures and groups (%1)").arg(approved));
    if (approved == 0) {
        m_approved->setEnabled(false);
        m_approved->setToolTip(tr("No procedure or group has been approved yet."));
    }
    whatLayout->addWidget(m_current);
    whatLayout->addWidget(currentName);
    whatLayout->addWidget(m_approved);
    (m_target ? m_current : m_approved)->setChecked(m_target || approved > 0);

    // In which formats.
    auto *formats = new QGroupBox(tr("Formats"));
    auto *formatsLayout = new QVBoxLayout(formats);
    const QStringList saved = QSettings().value(formatsKey, QStringList{"pdf", "docx", "xlsx"}).toStringList();
    const QString labels[3] = {tr("&PDF — to print and sign"), tr("&DOCX — to edit in a word processor"),
                               tr("&XLSX — the appendices' tables, for a spreadsheet")};
    for (int i = 0; i < 3; ++i) {
        m_formats[i] = new QCheckBox(labels[i]);
        m_formats[i]->setChecked(saved.contains(QLatin1String(formatKeys[i])));
        formatsLayout->addWidget(m_formats[i]);
        connect(m_formats[i], &QCheckBox::toggled, this, &DossierDialog::updateExportButton);
    }

    // Where.
    auto *where = new QGroupBox(tr("Output folder"));
    auto *whereLayout = new QVBoxLayout(where);
    auto *folderRow = new QHBoxLayout;
    m_folder->setText(QSettings().value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString());
    m_folder->setObjectName(QStringLiteral("dossierFolder"));
    m_folder->setCursorPosition(0); // a long path shows its beginning
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    auto *browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setAutoDefault(false);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);
    whereLayout->addLayout(folderRow);
    m_files->setWordWrap(true);
    m_files->setEnabled(false); // greyed: a hint
    whereLayout->addWidget(m_files);
    connect(m_folder, &QLineEdit::textChanged, this, &DossierDialog::updateExportButton);
    connect(browseButton, &QPushButton::clicked, this, &DossierDialog::browse);

    auto *left = new QVBoxLayout;
    left->addWidget(what);
    left->addWidget(formats);
    left->addWidget(where);
    left->addStretch(1);

    // The preview: thumbnails of every page, the chosen page large.
    auto *preview = new QGroupBox(tr("Preview of the PDF"));
    auto *previewLayout = new QVBoxLayout(preview);
    m_pageCount->setObjectName(QStringLiteral("pageCount"));
    previewLayout->addWidget(m_pageCount);
    m_thumbnails->setObjectName(QStringLiteral("pageThumbnails"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setIconSize(QSize(thumbWidth, thumbHeight));
    m_thumbnails->setSpacing(4);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setFixedWidth(thumbWidth + 2 * 4 + 2 * m_thumbnails->frameWidth()
                                + m_thumbnails->verticalScrollBar()->sizeHint().width() + 16);
    m_thumbnails->setAccessibleName(tr("Pages"));
    m_thumbnails->setBackgroundRole(QPalette::Dark); // as behind the large page
    m_thumbnails->viewport()->setBackgroundRole(QPalette::Dark);
    m_pageScroll->setWidget(m_page);
    m_pageScroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pageScroll->setBackgroundRole(QPalette::Dark);
    m_page->setMargin(previewMargin);
    m_page->setAccessibleName(tr("Page preview"));
    auto *pages = new QWidget;
    auto *pagesLayout = new QHBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->addWidget(m_thumbnails);
    pagesLayout->addWidget(m_pageScroll, 1);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->addWidget(pages);
    m_preview->addWidget(m_message);
    previewLayout->addWidget(m_preview, 1);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, &DossierDialog::showPage);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(120);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_shownPage >= 0 && pageWidth() != m_shownWidth)
            showPage(m_shownPage);
    });

    auto *body = new QHBoxLayout;
    auto *leftBox = new QWidget;
    leftBox->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    leftBox->setFixedWidth(380);
    body->addWidget(leftBox);
    body->addWidget(preview, 1);

    auto *buttons = new QDialogButtonBox;
    m_export->setDefault(true);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_export, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_current, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            targetChanged();
    });
    connect(m_approved, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            targetChanged();
    });
    resize(1040, 720);
    targetChanged();
}

DossierDialog::~DossierDialog() = default;

QMessageBox *DossierDialog::summary() const { return m_summary; }

QString DossierDialog::targetTitle(const DossierTarget &t) const
{
    if (t.kind == DossierTarget::Kind::Group) {
        const ProcedureGroup *g = m_model->group(t.id);
        return g ? g->name : QString();
    }
    const Procedure *p = m_model->procedure(t.id);
    return p ? p->name : QString();
}

QList<DossierTarget> DossierDialog::targets() const
{
    if (m_approved->isChecked())
        return DossierExporter::approvedTargets(m_model->workspace());
    if (m_current->isChecked() && m_target)
        return {*m_target};
    return {};
}

DossierFormats DossierDialog::formats() const
{
    return {m_formats[0]->isChecked(), m_formats[1]->isChecked(), m_formats[2]->isChecked()};
}

int DossierDialog::previewPageCount() const
{
    return m_layout && m_preview->currentIndex() == 0 ? m_layout->pageCount() : 0;
}

QString DossierDialog::previewMessage() const { return m_preview->currentIndex() == 1 ? m_reason : QString(); }

void DossierDialog::showMessage(const QString &html, const QString &reason)
{
    m_reason = reason;
    m_message->setText(html);
    m_preview->setCurrentIndex(1);
}

void DossierDialog::targetChanged()
{
    m_layout.reset();
    m_thumbnails->clear();
    m_page->clear();
    m_shownPage = -1;
    m_exportable = false;
    const Workspace &ws = m_model->workspace();
    const QList<DossierTarget> chosen = targets();

    if (m_approved->isChecked()) {
        // A batch: list what will be written, and what will not and why.
        QStringList rows;
        int ready = 0;
        for (const DossierTarget &t : chosen) {
            const Status s = DossierBuilder::check(ws, t);
            ready += s.ok();
            const QString why = s ? QString() : QStringLiteral("<br><span style=\"color:#c0392b\">%1</span>").arg(s.error().toHtmlEscaped());
            rows << QStringLiteral("<li><b>%1</b> — %2%3</li>").arg(t.id.toHtmlEscaped(), targetTitle(t).toHtmlEscaped(), why);
        }
        m_exportable = ready > 0;
        m_pageCount->setText(tr("%1 of %2 approved dossiers can be exported.").arg(ready).arg(chosen.size()));
        showMessage(QStringLiteral("<div align=\"left\"><ol>%1</ol></div>").arg(rows.join(QString())), QString());
        m_files->setText(tr("One file per format for each dossier, named after its code."));
        updateExportButton();
        return;
    }
    if (chosen.isEmpty()) {
        m_pageCount->clear();
        m_files->clear();
        showMessage(tr("Select a procedure or a group in the catalogue first."),
                    tr("Select a procedure or a group in the catalogue first."));
        updateExportButton();
        return;
    }

    const DossierTarget &t = chosen.first();
    const QString stem = DossierBuilder::fileStem(t);
    m_files->setText(tr("Writes %1.pdf, .docx or .xlsx into this folder, replacing files of those names.").arg(stem));
    std::optional<BusyCursor> busy(std::in_place);
    DossierExporter exporter(ws, DossierSettings::of(ws));
    // document() checks the target first (DossierBuilder::check), so a procedure without an
    // e-process says so here, as does a broken decision template.
    auto doc = exporter.document(t);
    if (!doc) {
        busy.reset();
        m_pageCount->setText(tr("No preview"));
        showMessage(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                        .arg(tr("This dossier cannot be exported yet.").toHtmlEscaped(), doc.error().toHtmlEscaped()),
                    doc.error());
        updateExportButton();
        return;
    }
    m_layout = std::make_unique<report::PageLayout>(doc.value());
    const qreal dpr = devicePixelRatioF();
    for (int i = 0; i < m_layout->pageCount(); ++i) {
        // Every thumbnail in the same box, so the list's cells line up: a landscape page (a
        // wide chart) is as wide as a portrait one, centred in the box's height.
        const QImage page = m_layout->preview(i, qRound(thumbWidth * dpr));
        QImage img(qRound(thumbWidth * dpr), qRound(thumbHeight * dpr), QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        {
            QPainter p(&img);
            const QRect at(QPoint(0, std::max(0, (img.height() - page.height()) / 2)), page.size());
            p.drawImage(at.topLeft(), page);
            p.setPen(QColor(0x80, 0x80, 0x80)); // the page's edge: its margins are white
            p.drawRect(at.adjusted(0, 0, -1, -1));
        }
        img.setDevicePixelRatio(dpr);
        // The same picture when selected: the default tints it, which hides the page.
        QIcon icon;
        icon.addPixmap(QPixmap::fromImage(img), QIcon::Normal);
        icon.addPixmap(QPixmap::fromImage(img), QIcon::Selected);
        auto *item = new QListWidgetItem(icon, QString::number(i + 1));
        item->setToolTip(tr("Page %1").arg(i + 1));
        item->setTextAlignment(Qt::AlignHCenter);
        m_thumbnails->addItem(item);
    }
    m_exportable = true;
    m_pageCount->setText(tr("%1: %n page(s)", nullptr, m_layout->pageCount()).arg(t.id));
    m_preview->setCurrentIndex(0);
    m_reason.clear();
    m_thumbnails->setCurrentRow(0);
    updateExportButton();
}

void DossierDialog::showPage(int page)
{
    if (!m_layout || page < 0 || page >= m_layout->pageCount())
        return;
    const qreal dpr = devicePixelRatioF();
    const int width = pageWidth();
    QImage img = m_layout->preview(page, qRound(width * dpr));
    img.setDevicePixelRatio(dpr);
    m_page->setPixmap(QPixmap::fromImage(img));
    m_page->adjustSize();
    m_shownPage = page;
    m_shownWidth = width;
}

int DossierDialog::pageWidth() const
{
    // As wide as the view, less the margins and the scroll bar that a tall page needs.
    return std::max(240, m_pageScroll->width() - 2 * m_pageScroll->frameWidth() - 2 * previewMargin
                             - m_pageScroll->verticalScrollBar()->sizeHint().width());
}

void DossierDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_shownPage >= 0)
        m_resizeTimer->start(); // once the resizing stops
}

void DossierDialog::updateExportButton()
{
    QString why;
    if (!m_exportable)
        why = m_reason.isEmpty() ? tr("Nothing to export.") : m_reason;
    else if (!formats().any())
        why = tr("Choose at least one format.");
    else if (m_folder->text().trimmed().isEmpty())
        why = tr("Choose the output folder.");
    m_export->setEnabled(why.isEmpty());
    m_export->setToolTip(why);
}

void DossierDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

std::optional<QList<DossierOutcome>> DossierDialog::exportNow()
{
    const QList<DossierTarget> chosen = targets();
    const DossierFormats f = formats();
    const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (!m_exportable || chosen.isEmpty() || !f.any() || folder.isEmpty())
        return std::nullopt; // the Export button is disabled and says why
    QSettings settings;
    QStringList keys;
    for (int i = 0; i < 3; ++i)
        if (m_formats[i]->isChecked())
            keys << QLatin1String(formatKeys[i]);
    settings.setValue(formatsKey, keys);
    settings.setValue(folderKey, m_folder->text().trimmed());

    const Workspace &ws = m_model->workspace();
    DossierExporter exporter(ws, DossierSettings::of(ws));
    const int total = int(chosen.size());
    QProgressDialog progress(tr("Exporting the approval dossier…"), tr("Cancel"), 0, total, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    progress.show();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // paint it before the work starts
    QApplication::setOverrideCursor(Qt::BusyCursor); // busy, yet Cancel can be clicked
    auto result = exporter.run(chosen, f, folder, [&](int done, int all, const QString &current) {
        progress.setLabelText(tr("Exported %1 of %2: %3").arg(done).arg(all).arg(current));
        progress.setValue(done); // a modal progress dialog handles events here: Cancel
        return !progress.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!result) {
        m_onError(result.error());
        return std::nullopt;
    }
    const QList<DossierOutcome> outcomes = result.take();
    int written = 0;
    QStringList failures;
    for (const DossierOutcome &o : outcomes) {
        written += int(o.files.size());
        if (!o.ok())
            failures << tr("%1 (%2): %3").arg(o.target.id, o.title.isEmpty() ? targetTitle(o.target) : o.title, o.error);
    }
    if (written == 0) {
        if (!cancelled) // a cancel before anything was written needs no message
            m_onError(tr("No dossier was exported.\n%1").arg(failures.join(u'\n')));
        return outcomes;
    }
    showSummary(outcomes, folder);
    if (failures.isEmpty())
        accept(); // all written: the summary stays over the main window
    return outcomes;
}

void DossierDialog::showSummary(const QList<DossierOutcome> &outcomes, const QString &folder)
{
    QStringList files, failures;
    for (const DossierOutcome &o : outcomes) {
        for (const QString &path : o.files)
            files << QStringLiteral("<li>%1</li>").arg(QFileInfo(path).fileName().toHtmlEscaped());
        if (!o.ok())
            failures << QStringLiteral("<li><b>%1</b> — %2<br>%3</li>")
                            .arg(o.target.id.toHtmlEscaped(), (o.title.isEmpty() ? targetTitle(o.target) : o.title).toHtmlEscaped(),
                                 o.error.toHtmlEscaped());
    }
    QString text = QStringLiteral("<p>%1</p><ul>%2</ul>")
                       .arg(tr("%n file(s) written to “%1”.", nullptr, int(files.size()))
                                .arg(QDir::toNativeSeparators(folder))
                                .toHtmlEscaped(),
                            files.join(QString()));
    if (!failures.isEmpty())
        text += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Not exported:").toHtmlEscaped(), failures.join(QString()));
    // All written: this dialog closes, so the summary belongs to the window behind it.
    QWidget *owner = failures.isEmpty() && parentWidget() ? parentWidget() : this;
    auto *box = new QMessageBox(failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Approval dossier exported"), text, QMessageBox::NoButton, owner);
    box->setObjectName(QStringLiteral("dossierSummary"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(tr("&Open folder"), QMessageBox::ActionRole);
    connect(open, &QPushButton::clicked, box, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->setDefaultButton(box->addButton(QMessageBox::Close));
    box->open();
    m_summary = box;
}

} // namespace tthc
