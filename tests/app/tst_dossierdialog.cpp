// The approval dossier from the GUI on the offscreen platform: the export dialog (its preview
// is the PDF's own page layout, a target that cannot be exported says why, only the chosen
// formats are written, errors reach the main window, cancel) and the settings dialog (one
// undo step, a broken template refused with its file named).
#include "commands.h"
#include "dossierdialog.h"
#include "dossiersettingsdialog.h"
#include "fixtures.h"
#include "language.h"
#include "mainwindow.h"
#include "pagelayout.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tthc;

class TestDossierDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    int m_workspaces = 0;

    MainWindow &w() { return *m_window; }

    // A fresh copy of the sample workspace, opened.
    void openSample()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample-%1.tthc").arg(++m_workspaces));
        QVERIFY(MainWindow::createSampleWorkspace(path));
        const Status s = w().openWorkspace(path);
        QVERIFY2(s, qPrintable(s.error()));
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void approve(const QString &code)
    {
        Procedure p = *w().model()->procedure(code);
        p.review.state = ReviewState::Approved;
        QVERIFY(w().model()->setProcedure(p));
    }

    QStringList filesIn(const QString &dir) { return QDir(dir).entryList(QDir::Files, QDir::Name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TTHC Studio Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dossierdialog"));
        QSettings().clear();
    }

    void init()
    {
        m_errors.clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorHandler([this](const QString &e) { m_errors << e; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void actionsNeedAWorkspace()
    {
        auto *exportAction = w().findChild<QAction *>(QStringLiteral("exportDossierAction"));
        auto *settingsAction = w().findChild<QAction *>(QStringLiteral("dossierSettingsAction"));
        QVERIFY(exportAction && settingsAction);
        QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(!settingsAction->isEnabled());
        QVERIFY(!w().openDossierDialog());
        openSample();
        QVERIFY(exportAction->isEnabled());
        QVERIFY(settingsAction->isEnabled());
        // The shortcut opens the dialog on the selected procedure.
        w().selectProcedure(QStringLiteral("1.002804"));
        QTest::keySequence(&w(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        auto *dialog = w().findChild<DossierDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->targets().size(), 1);
        QCOMPARE(dialog->targets()[0].id, QStringLiteral("1.002804"));
        dialog->close();
    }

    void previewIsThePdfLayout()
    {
        openSample();
        w().selectProcedure(QStringLiteral("1.002804"));
        DossierDialog *d = w().openDossierDialog();
        QVERIFY(d);
        QVERIFY(d->currentChoice()->isChecked());
        // Nothing in the sample is approved yet: that choice is off and says why.
        QVERIFY(!d->approvedChoice()->isEnabled());
        QCOMPARE(d->approvedChoice()->toolTip(), QStringLiteral("No procedure or group has been approved yet."));
        const Workspace &ws = w().model()->workspace();
        DossierExporter exporter(ws, DossierSettings::of(ws));
        auto doc = exporter.document(DossierTarget::procedure(QStringLiteral("1.002804")));
        QVERIFY2(doc, qPrintable(doc.error()));
        const int pages = report::PageLayout(doc.value()).pageCount();
        QVERIFY(pages > 5);
        QCOMPARE(d->previewPageCount(), pages);
        QCOMPARE(d->thumbnails()->count(), pages);
        QCOMPARE(d->thumbnails()->currentRow(), 0);
        QCOMPARE(d->previewMessage(), QString());
        QVERIFY(d->exportButton()->isEnabled());
        QVERIFY(!d->pageView()->pixmap().isNull());
        // Choosing a thumbnail shows that page: the last one is a different picture.
        const QImage first = d->pageView()->pixmap().toImage();
        d->thumbnails()->setCurrentRow(pages - 1);
        QVERIFY(d->pageView()->pixmap().toImage() != first);
        QVERIFY(m_errors.isEmpty());
        d->close();
    }

    void groupPreview()
    {
        openSample();
        w().selectGroup(QStringLiteral("nhom-vay-von-covid"));
        DossierDialog *d = w().openDossierDialog();
        QCOMPARE(d->targets().size(), 1);
        QCOMPARE(int(d->targets()[0].kind), int(DossierTarget::Kind::Group));
        QVERIFY(d->currentChoice()->text().contains(QStringLiteral("group")));
        const Workspace &ws = w().model()->workspace();
        auto doc = DossierExporter(ws, DossierSettings::of(ws)).document(DossierTarget::group(QStringLiteral("nhom-vay-von-covid")));
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(d->previewPageCount(), report::PageLayout(doc.value()).pageCount());
        d->close();
    }

    void withoutEProcessSaysWhy()
    {
        openSample();
        const ProcessRef toBe = ProcessRef::procedure(QStringLiteral("2.001003"), Which::ToBe);
        QVERIFY(w().model()->setProcess(toBe, Process{}));
        w().selectProcedure(QStringLiteral("2.001003"));
        DossierDialog *d = w().openDossierDialog();
        const Status why = DossierBuilder::check(w().model()->workspace(), DossierTarget::procedure(QStringLiteral("2.001003")));
        QVERIFY(!why);
        QCOMPARE(d->previewMessage(), why.error());
        QVERIFY(d->previewMessage().contains(QStringLiteral("no e-process")));
        QCOMPARE(d->previewPageCount(), 0);
        QCOMPARE(d->thumbnails()->count(), 0);
        QVERIFY(!d->exportButton()->isEnabled());
        QCOMPARE(d->exportButton()->toolTip(), why.error());
        QVERIFY(!d->exportNow()); // refused as the button is
        QVERIFY(m_errors.isEmpty());
        d->close();
    }

    void exportsOnlyTheChosenFormats()
    {
        openSample();
        w().selectProcedure(QStringLiteral("1.002804"));
        DossierDialog *d = w().openDossierDialog();
        const QString out = m_dir.filePath(QStringLiteral("out-formats"));
        d->formatBox(0)->setChecked(true);
        d->formatBox(1)->setChecked(false);
        d->formatBox(2)->setChecked(true);
        d->folderField()->setText(out);
        QVERIFY(d->exportButton()->isEnabled());
        const auto outcomes = d->exportNow();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 1);
        QVERIFY2(outcomes->at(0).ok(), qPrintable(outcomes->at(0).error));
        QCOMPARE(filesIn(out), (QStringList{QStringLiteral("Ho-so-1.002804.pdf"), QStringLiteral("Ho-so-1.002804.xlsx")}));
        QCOMPARE(fixtures::readAll(out + QStringLiteral("/Ho-so-1.002804.pdf")).left(5), QByteArray("%PDF-"));
        QVERIFY(m_errors.isEmpty());
        // All written: the dialog closes and the summary, over the main window, lists the files.
        QVERIFY(!d->isVisible());
        QPointer<QMessageBox> summary = w().findChild<QMessageBox *>(QStringLiteral("dossierSummary"));
        QVERIFY(summary);
        QVERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(QStringLiteral("Ho-so-1.002804.pdf")));
        QVERIFY(summary->text().contains(QStringLiteral("Ho-so-1.002804.xlsx")));
        QVERIFY(summary->text().contains(QStringLiteral("2 file(s) written")));
        summary->close();
        QTRY_VERIFY(!summary);
        // The formats and the folder are remembered.
        QCOMPARE(QSettings().value(QStringLiteral("dossier/formats")).toStringList(),
                 (QStringList{QStringLiteral("pdf"), QStringLiteral("xlsx")}));
        DossierDialog *again = w().openDossierDialog();
        QVERIFY(again->formatBox(0)->isChecked());
        QVERIFY(!again->formatBox(1)->isChecked());
        QVERIFY(again->formatBox(2)->isChecked());
        QCOMPARE(again->folderField()->text(), out);
        // No format: nothing to export.
        for (int i = 0; i < 3; ++i)
            again->formatBox(i)->setChecked(false);
        QVERIFY(!again->exportButton()->isEnabled());
        QCOMPARE(again->exportButton()->toolTip(), QStringLiteral("Choose at least one format."));
        again->close();
    }

    void failuresReachTheMainWindow()
    {
        openSample();
        w().selectProcedure(QStringLiteral("1.002804"));
        DossierDialog *d = w().openDossierDialog();
        // A file where the folder should be: the export fails as a whole, naming it.
        const QString blocker = writeFile(QStringLiteral("not-a-folder"), "x");
        d->folderField()->setText(blocker);
        QVERIFY(!d->exportNow());
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(QDir::toNativeSeparators(blocker)), qPrintable(m_errors[0]));
        QVERIFY(d->isVisible()); // stays open to choose another folder
        d->close();
    }

    void allApprovedAndCancel()
    {
        openSample();
        approve(QStringLiteral("1.002804"));
        approve(QStringLiteral("2.001001"));
        DossierDialog *d = w().openDossierDialog(); // nothing selected in the catalogue
        QVERIFY(!d->currentChoice()->isEnabled());
        QVERIFY(d->approvedChoice()->isEnabled());
        QVERIFY(d->approvedChoice()->isChecked());
        QVERIFY(d->approvedChoice()->text().contains(QStringLiteral("(2)")));
        QCOMPARE(d->targets().size(), 2);
        QVERIFY(d->exportButton()->isEnabled());
        // Both are written, PDF only.
        const QString out = m_dir.filePath(QStringLiteral("out-approved"));
        d->folderField()->setText(out);
        d->formatBox(0)->setChecked(true);
        d->formatBox(1)->setChecked(false);
        d->formatBox(2)->setChecked(false);
        auto outcomes = d->exportNow();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 2);
        QCOMPARE(filesIn(out), (QStringList{QStringLiteral("Ho-so-1.002804.pdf"), QStringLiteral("Ho-so-2.001001.pdf")}));
        QPointer<QMessageBox> summary = w().findChild<QMessageBox *>(QStringLiteral("dossierSummary"));
        QVERIFY(summary);
        summary->close();

        // Cancel: the first target cannot be exported (no e-process), which reports progress
        // at once; Cancel, pressed before, stops the batch there.
        QVERIFY(w().model()->setProcess(ProcessRef::procedure(QStringLiteral("1.002804"), Which::ToBe), Process{}));
        d = w().openDossierDialog();
        QCOMPARE(d->targets().size(), 2);
        QVERIFY(d->exportButton()->isEnabled()); // one of the two can be exported
        const QString cancelled = m_dir.filePath(QStringLiteral("out-cancelled"));
        d->folderField()->setText(cancelled);
        bool pressed = false;
        QTimer::singleShot(0, d, [&] {
            if (auto *progress = d->findChild<QProgressDialog *>()) {
                progress->cancel();
                pressed = true;
            }
        });
        outcomes = d->exportNow();
        QVERIFY(pressed);
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 2);
        QVERIFY(outcomes->at(0).error.contains(QStringLiteral("no e-process")));
        QCOMPARE(outcomes->at(1).error, QStringLiteral("Cancelled."));
        QCOMPARE(filesIn(cancelled), QStringList());
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n'))); // cancelled: nothing to report
        QVERIFY(d->isVisible());
        d->close();
    }

    void settingsAreOneUndoStep()
    {
        openSample();
        const DossierSettings before = DossierSettings::of(w().model()->workspace());
        QCOMPARE(before.signerName, QStringLiteral("Nguyễn Văn A"));
        DossierSettingsDialog *d = w().openDossierSettingsDialog();
        QVERIFY(d);
        auto *name = qobject_cast<QLineEdit *>(d->field(QStringLiteral("signerName")));
        auto *recipients = qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("recipients")));
        auto *body = qobject_cast<QPlainTextEdit *>(d->field(QStringLiteral("issuingBody")));
        QVERIFY(name && recipients && body);
        QCOMPARE(name->text(), before.signerName);
        QCOMPARE(body->toPlainText(), before.issuingBody);
        QCOMPARE(recipients->toPlainText(), before.recipients.join(u'\n'));
        name->selectAll();
        name->insert(QStringLiteral("Trần Thị Bình")); // keyClicks types Latin-1 only
        recipients->setPlainText(QStringLiteral("- Như Điều 3;\n\n  - Lưu: VT.  \n"));
        // Issue 13: who issues the decision is one choice, and the dialog shows what it prints.
        auto *issuer = d->findChild<QComboBox *>(QStringLiteral("issuer"));
        auto *preview = d->findChild<QLabel *>(QStringLiteral("issuerPreview"));
        QVERIFY(issuer && preview);
        QCOMPARE(issuer->currentData().toInt(), int(Issuer::Chairman));
        QVERIFY2(preview->text().contains(QStringLiteral("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"))
                     && preview->text().contains(QStringLiteral("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"))
                     && !preview->text().contains(QStringLiteral("TM.")),
                 qPrintable(preview->text()));
        issuer->setCurrentIndex(issuer->findData(int(Issuer::Committee)));
        if (const QString shots = qEnvironmentVariable("TTHC_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(d->grab().save(shots + QStringLiteral("/dossier-settings.png")));
        QVERIFY2(preview->text().contains(QStringLiteral("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"))
                     && preview->text().contains(QStringLiteral("“… của Ủy ban nhân dân Thành phố Hà Nội”")),
                 qPrintable(preview->text()));
        d->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!d->isVisible());

        DossierSettings after = before;
        after.issuer = Issuer::Committee;
        after.signerName = QStringLiteral("Trần Thị Bình");
        after.recipients = {QStringLiteral("- Như Điều 3;"), QStringLiteral("- Lưu: VT.")};
        QCOMPARE(DossierSettings::of(w().model()->workspace()), after);
        QCOMPARE(w().undoStack()->count(), 1);
        QCOMPARE(w().undoStack()->undoText(), QStringLiteral("Change dossier settings"));
        w().undoStack()->undo();
        QCOMPARE(DossierSettings::of(w().model()->workspace()).signerName, QStringLiteral("Nguyễn Văn A"));
        QCOMPARE(DossierSettings::of(w().model()->workspace()), before);
        w().undoStack()->redo();
        QCOMPARE(DossierSettings::of(w().model()->workspace()).signerName, QStringLiteral("Trần Thị Bình"));
        QCOMPARE(DossierSettings::of(w().model()->workspace()), after);
        // Saved: another reader of the file sees it.
        {
            WorkspaceModel reader;
            QVERIFY(reader.open(w().model()->path()));
            QCOMPARE(DossierSettings::of(reader.workspace()).signerName, QStringLiteral("Trần Thị Bình"));
        }
        // OK without a change adds no undo step.
        d = w().openDossierSettingsDialog();
        d->buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(w().undoStack()->count(), 1);
        QVERIFY(m_errors.isEmpty());
    }

    void brokenTemplateIsRefused()
    {
        openSample();
        DossierSettingsDialog *d = w().openDossierSettingsDialog();
        auto *path = qobject_cast<QLineEdit *>(d->field(QStringLiteral("templatePath")));
        QVERIFY(path);
        QVERIFY(d->templateErrorLabel()->isHidden()); // empty: the built-in template
        QPushButton *ok = d->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());

        // Not JSON: the file and the line are named, OK is refused.
        const QString bad = writeFile(QStringLiteral("mau-hong.json"), "{\n  \"format\": \"tthc-decision-template\",\n  oops\n}");
        path->setText(bad);
        QVERIFY(!d->templateErrorLabel()->isHidden());
        const QString error = d->templateErrorLabel()->text();
        QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
        QCOMPARE(d->templateError(), error);
        QVERIFY(!ok->isEnabled());
        d->accept(); // Enter in a field, or a stale button: still refused
        QVERIFY(d->isVisible());
        QCOMPARE(w().undoStack()->count(), 0);
        QCOMPARE(DossierSettings::of(w().model()->workspace()).templatePath, QString());

        // A placeholder the program does not know is named.
        QByteArray text = fixtures::readAll(fixtures::sourcePath(QStringLiteral("templates/decision-vi.json")));
        text.replace("{{signer_name}}", "{{ten_nguoi_ky}}");
        const QString unknown = writeFile(QStringLiteral("mau-la.json"), text);
        path->setText(unknown);
        QVERIFY2(d->templateError().contains(QStringLiteral("ten_nguoi_ky")), qPrintable(d->templateError()));
        QVERIFY(!ok->isEnabled());

        // A missing file is named too.
        path->setText(m_dir.filePath(QStringLiteral("khong-co.json")));
        QVERIFY2(d->templateError().contains(QStringLiteral("khong-co.json")), qPrintable(d->templateError()));

        // A good one is accepted, as one undo step.
        const QString good = writeFile(QStringLiteral("mau-tot.json"),
                                       fixtures::readAll(fixtures::sourcePath(QStringLiteral("templates/decision-vi.json"))));
        path->setText(good);
        QVERIFY(d->templateErrorLabel()->isHidden());
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(DossierSettings::of(w().model()->workspace()).templatePath, good);
        QCOMPARE(w().undoStack()->count(), 1);
        QVERIFY(m_errors.isEmpty());
    }

    void brokenTemplateShowsInThePreview()
    {
        openSample();
        DossierSettings s = DossierSettings::of(w().model()->workspace());
        s.templatePath = writeFile(QStringLiteral("mau-hong-2.json"), "[");
        QVERIFY(w().model()->setDossierSettings(s));
        w().selectProcedure(QStringLiteral("1.002804"));
        DossierDialog *d = w().openDossierDialog();
        QVERIFY2(d->previewMessage().contains(QStringLiteral("mau-hong-2.json")), qPrintable(d->previewMessage()));
        QVERIFY(!d->exportButton()->isEnabled());
        d->close();
    }

    // Pictures of both dialogs, in Vietnamese (docs/dossier-dialog.png with scripts/screenshot).
    void screenshot()
    {
        installTranslators(*qApp, QStringLiteral("vi"));
        m_window = std::make_unique<MainWindow>(); // built again, in Vietnamese
        m_window->setErrorHandler([this](const QString &e) { m_errors << e; });
        m_window->show();
        openSample();
        w().selectProcedure(QStringLiteral("1.002804"));
        const QString dir = qEnvironmentVariable("TTHC_SCREENSHOT_DIR");
        DossierDialog *d = w().openDossierDialog();
        d->folderField()->setText(QStringLiteral("/home/chuyenvien/Tài liệu/Hồ sơ trình"));
        d->folderField()->setCursorPosition(0);
        d->resize(1100, 760);
        QTest::qWait(200); // the large page is drawn again at its final width
        d->thumbnails()->setCurrentRow(0);
        const QImage shot = d->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!dir.isEmpty())
            QVERIFY(shot.save(dir + QStringLiteral("/dossier-dialog.png")));
        d->close();
        DossierSettingsDialog *s = w().openDossierSettingsDialog();
        QTest::qWait(30);
        const QImage settings = s->grab().toImage();
        QVERIFY(!settings.isNull());
        if (!dir.isEmpty())
            QVERIFY(settings.save(dir + QStringLiteral("/dossier-settings.png")));
        s->close();
    }
};

QTEST_MAIN(TestDossierDialog)
#include "tst_dossierdialog.moc"
