// The approval dossier end to end: the decision template (placeholders, errors), the dossier
// of the driver-licence sample as PDF (text extracted with pdftotext, page sizes, margins,
// page numbers, fonts, vector charts), DOCX (parts, text of word/document.xml, sections,
// LibreOffice conversion) and XLSX (cells read back), a group dossier, and a batch where one
// procedure fails and the others are written.
#include "chartrenderer.h"
#include "compliancecost.h"
#include "dossierexporter.h"
#include "fixtures.h"
#include "diagramexport.h"
#include "diagramgeometry.h"
#include "pagelayout.h"
#include "processscene.h"
#include "workspacemodel.h"
#include "ziputil.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tthc;

namespace {

const QString code = QStringLiteral("1.002804");

Workspace sampleWorkspace()
{
    const auto r = TthcJson::import(fixtures::readAll(fixtures::sourcePath(QStringLiteral("templates/sample-workspace.json"))));
    if (!r.ok())
        qFatal("sample workspace does not import");
    return r.workspace;
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        qWarning("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Whitespace carries no meaning across a table cell's line breaks: compare without it.
QString squeeze(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); }

// The lines of every analysis text of a procedure (each must appear in the dossier).
QStringList analysisLines(const Procedure &p)
{
    QStringList out;
    for (const StepAnalysis &a : p.analysis)
        for (const QString &text : {a.dataSharing, a.interconnection, a.efficiency, a.performance})
            for (const QString &line : text.split(u'\n'))
                if (!line.trimmed().isEmpty())
                    out << line.trimmed();
    return out;
}

struct PdfWord {
    int page = 0;
    QRectF box;
    QString text;
};

QList<PdfWord> pdfWords(const QString &pdf)
{
    QList<PdfWord> out;
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression page(QStringLiteral("<page "));
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    int pageNo = 0;
    for (const QString &line : html.split(u'\n')) {
        if (line.contains(page))
            ++pageNo;
        const auto m = word.match(line);
        if (m.hasMatch())
            out << PdfWord{pageNo, QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                          QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                           m.captured(5)};
    }
    return out;
}

} // namespace

class TestDossier : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void templatePlaceholders();
    void olderSettingsAreRead();
    void templateErrors_data();
    void templateErrors();
    void missingSetting();
    void figurePlacementKeepsTextReadable();
    void largeChartIsRecordedPerPart();
    void pdf();
    void pdfPagesAndMargins();
    void docx();
    void docxOpensInLibreOffice();
    void xlsx();
    void group();
    void batchReportsFailuresAndGoesOn();
    void hostileTextStaysText();
    void megabyteNames();
    void fileNamesNeverCollide();

private:
    Workspace m_ws;
    QTemporaryDir m_dir;
    QString m_pdf, m_docx, m_xlsx;
};

void TestDossier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = sampleWorkspace();
    QVERIFY(!DossierSettings::of(m_ws).signerName.isEmpty());
    DossierExporter exporter(m_ws, DossierSettings::of(m_ws), QDate(2026, 11, 25));
    auto outcomes = exporter.run({DossierTarget::procedure(code)}, DossierFormats{}, m_dir.path());
    QVERIFY2(outcomes.ok(), qPrintable(outcomes.error()));
    QCOMPARE(outcomes.value().size(), 1);
    const DossierOutcome &o = outcomes.value().first();
    QVERIFY2(o.ok(), qPrintable(o.error));
    m_pdf = m_dir.filePath(QStringLiteral("Ho-so-1.002804.pdf"));
    m_docx = m_dir.filePath(QStringLiteral("Ho-so-1.002804.docx"));
    m_xlsx = m_dir.filePath(QStringLiteral("Ho-so-1.002804.xlsx"));
    QCOMPARE(o.files, (QStringList{m_pdf, m_docx, m_xlsx}));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 3); // no .part left behind
}

void TestDossier::templatePlaceholders()
{
    auto tpl = DecisionTemplate::find();
    QVERIFY2(tpl.ok(), qPrintable(tpl.error()));
    auto values = DossierBuilder::placeholderValues(m_ws, DossierTarget::procedure(code), DossierSettings::of(m_ws),
                                                    QDate(2026, 11, 25));
    QVERIFY(values.ok());
    auto text = tpl.value().expand(values.value());
    QVERIFY2(text.ok(), qPrintable(text.error()));
    QCOMPARE(text.value().issuingBody, (QStringList{QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("THÀNH PHỐ HÀ NỘI")}));
    QCOMPARE(text.value().number, QStringLiteral("Số:       /QĐ-UBND"));
    QCOMPARE(text.value().placeDate, QStringLiteral("Hà Nội, ngày      tháng      năm 2026"));
    // The procedure's own legal basis becomes a "Căn cứ …;" paragraph of its own.
    QVERIFY(text.value().bases.contains(QStringLiteral("Căn cứ Thông tư số 12/2017/TT-BGTVT ngày 15/4/2017 của Bộ Giao thông vận tải;")));
    // A list placeholder alone in an element gives one element per value, then "- Lưu: VT.".
    QCOMPARE(text.value().recipients.size(), DossierSettings::of(m_ws).recipients.size() + 1);
    QCOMPARE(text.value().recipients.last(), QStringLiteral("- Lưu: VT."));
    // The sample: the Chairman's decision, signed by a Vice-Chairman.
    QCOMPARE(text.value().signature, (QStringList{QStringLiteral("KT. CHỦ TỊCH"), QStringLiteral("PHÓ CHỦ TỊCH")}));
    // An empty optional placeholder drops its element.
    QHash<QString, QStringList> v = values.value();
    v[QStringLiteral("city_plan")] = {};
    auto direct = tpl.value().expand(v);
    QVERIFY(direct.ok());
    QCOMPARE(direct.value().bases.size(), text.value().bases.size() - 1);
    // No system to build: Điều 2 keeps its first clause, without the phrase about connecting.
    v[QStringLiteral("systems_to_build")] = {};
    auto noSystems = tpl.value().expand(v);
    QVERIFY(noSystems.ok());
    QCOMPARE(noSystems.value().articles[1].paragraphs.size(), text.value().articles[1].paragraphs.size());
    const QString clause = noSystems.value().articles[1].paragraphs[1];
    QVERIFY2(clause.startsWith(QStringLiteral("1. Sở Giao thông vận tải chủ trì")) && !clause.contains(QStringLiteral("kết nối, chia sẻ"))
                 && clause.contains(QStringLiteral("Phụ lục III; tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.")),
             qPrintable(clause));
    QVERIFY(text.value().articles[1].paragraphs[1].contains(QStringLiteral("Phụ lục III; kết nối, chia sẻ dữ liệu")));
    // Heads of agencies by their title, "UBND" spelled out, one "và" (issue 13).
    QVERIFY2(text.value().articles[2].paragraphs[0].contains(
                 QStringLiteral("Chánh Văn phòng Ủy ban nhân dân Thành phố Hà Nội, Giám đốc Sở Giao thông vận tải và các cơ quan")),
             qPrintable(text.value().articles[2].paragraphs[0]));
    auto groupValues = DossierBuilder::placeholderValues(m_ws, DossierTarget::group(QStringLiteral("nhom-vay-von-covid")),
                                                         DossierSettings::of(m_ws), QDate(2026, 11, 25));
    QVERIFY(groupValues.ok());
    auto groupText = tpl.value().expand(groupValues.value());
    QVERIFY(groupText.ok());
    const QString article3 = groupText.value().articles[2].paragraphs[0];
    QVERIFY2(article3.contains(QStringLiteral("Giám đốc Bảo hiểm xã hội cấp huyện, Chủ tịch Ủy ban nhân dân cấp tỉnh, Giám đốc "
                                              "Ngân hàng Chính sách xã hội và các cơ quan")),
             qPrintable(article3));
    QCOMPARE(article3.count(QStringLiteral(" và ")), 1);
    // Điều 2.2 pilots where the analysis chose: 2.001002's e-process submits on the national
    // portal (dvcqg), and so does the driver licence's (issue 13: the city system before).
    QVERIFY(groupText.value().articles[1].paragraphs[2].startsWith(
        QStringLiteral("2. Cung cấp dịch vụ công trực tuyến thử nghiệm trên Cổng Dịch vụ công quốc gia;")));
    QVERIFY(text.value().articles[1].paragraphs[2].startsWith(
        QStringLiteral("2. Cung cấp dịch vụ công trực tuyến thử nghiệm trên Cổng Dịch vụ công quốc gia;")));
    // No portal chosen: the city's own one-stop system.
    Workspace noPortal = m_ws;
    for (Procedure &p : noPortal.procedures) {
        for (Step &st : p.toBe.steps)
            st.systems.removeAll(QStringLiteral("dvcqg"));
        for (StepAnalysis &a : p.analysis)
            a.systems.removeAll(QStringLiteral("dvcqg"));
    }
    auto cityValues = DossierBuilder::placeholderValues(noPortal, DossierTarget::procedure(code), DossierSettings::of(noPortal),
                                                        QDate(2026, 11, 25));
    QVERIFY(cityValues.ok());
    QCOMPARE(cityValues.value().value(QStringLiteral("pilot_system")),
             QStringList{QStringLiteral("Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố")});
    QVERIFY(!groupText.value().articles[1].paragraphs.join(u' ').contains(QStringLiteral("UBND")));

    // Issue 13: one setting, who issues the decision, drives the title line, the signature
    // block, the appendix note and "báo cáo …" — the two forms of the notes never mix.
    struct Form {
        Issuer issuer;
        SignerRank signer;
        QString title;
        QStringList signature;
        QString inSentence;
    };
    const QString chairman = QStringLiteral("Chủ tịch Ủy ban nhân dân Thành phố Hà Nội");
    const QString committee = QStringLiteral("Ủy ban nhân dân Thành phố Hà Nội");
    const QList<Form> forms{
        {Issuer::Chairman, SignerRank::Chair, QStringLiteral("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
         {QStringLiteral("CHỦ TỊCH")}, chairman},
        {Issuer::Chairman, SignerRank::ViceChair, QStringLiteral("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
         {QStringLiteral("KT. CHỦ TỊCH"), QStringLiteral("PHÓ CHỦ TỊCH")}, chairman},
        {Issuer::Committee, SignerRank::Chair, QStringLiteral("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
         {QStringLiteral("TM. ỦY BAN NHÂN DÂN"), QStringLiteral("CHỦ TỊCH")}, committee},
        {Issuer::Committee, SignerRank::ViceChair, QStringLiteral("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
         {QStringLiteral("TM. ỦY BAN NHÂN DÂN"), QStringLiteral("KT. CHỦ TỊCH"), QStringLiteral("PHÓ CHỦ TỊCH")}, committee},
    };
    for (const Form &form : forms) {
        DossierSettings settings = DossierSettings::of(m_ws);
        settings.issuer = form.issuer;
        settings.signer = form.signer;
        auto formValues = DossierBuilder::placeholderValues(m_ws, DossierTarget::procedure(code), settings, QDate(2026, 11, 25));
        QVERIFY(formValues.ok());
        auto formText = tpl.value().expand(formValues.value());
        QVERIFY(formText.ok());
        QCOMPARE(formText.value().authority, form.title);
        QCOMPARE(formText.value().signature, form.signature);
        QVERIFY2(formText.value().appendixNote.endsWith(QStringLiteral(" của ") + form.inSentence + u')'),
                 qPrintable(formText.value().appendixNote));
        QVERIFY(formText.value().articles[1].paragraphs.join(u' ').contains(QStringLiteral("báo cáo ") + form.inSentence));
        // The setting survives the file.
        QCOMPARE(DossierSettings::fromJson(settings.toJson()), settings);
    }
}

void TestDossier::olderSettingsAreRead()
{
    // Free-text fields written before the issuer setting: the sample's old mix ("CHỦ TỊCH …"
    // title with "TM. ỦY BAN NHÂN DÂN" signature) reads as the Chairman's decision, signed by
    // a Vice-Chairman; "TM." without a Chairman title is the Committee's.
    QJsonObject old{{QStringLiteral("authorityTitle"), QStringLiteral("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")},
                    {QStringLiteral("signerAuthority"), QStringLiteral("TM. ỦY BAN NHÂN DÂN")},
                    {QStringLiteral("signerCapacity"), QStringLiteral("KT. CHỦ TỊCH")},
                    {QStringLiteral("signerTitle"), QStringLiteral("PHÓ CHỦ TỊCH")}};
    DossierSettings s = DossierSettings::fromJson(old);
    QCOMPARE(s.issuer, Issuer::Chairman);
    QCOMPARE(s.signer, SignerRank::ViceChair);
    QVERIFY(s.extra.isEmpty()); // the old fields are replaced, not kept beside the setting
    old.remove(QStringLiteral("authorityTitle"));
    old.remove(QStringLiteral("signerCapacity"));
    old[QStringLiteral("signerTitle")] = QStringLiteral("CHỦ TỊCH");
    s = DossierSettings::fromJson(old);
    QCOMPARE(s.issuer, Issuer::Committee);
    QCOMPARE(s.signer, SignerRank::Chair);
    QCOMPARE(DossierSettings::fromJson(QJsonObject{}).issuer, Issuer::Chairman); // the default: seed 003
}

void TestDossier::templateErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray good = fixtures::readAll(fixtures::sourcePath(QStringLiteral("templates/decision-vi.json")));
    QByteArray unknown = good;
    unknown.replace("\"Theo đề nghị của {{proposer}}.\"", "\"Theo đề nghị của {{nguoi_de_nghi}}.\"");
    QTest::newRow("unknown placeholder")
        << unknown << QStringLiteral("Decision template “mau.json”, proposal: unknown placeholder “{{nguoi_de_nghi}}”");
    QByteArray broken = good;
    broken.replace("\"title\": \"QUYẾT ĐỊNH\",", "\"title\": \"QUYẾT ĐỊNH\"");
    const int titleLine = int(good.left(good.indexOf("\"title\": \"QUYẾT ĐỊNH\"")).count('\n')) + 1;
    QTest::newRow("syntax") << broken << QStringLiteral("Decision template “mau.json”, line %1").arg(titleLine + 1);
    // Issue 13: an optional placeholder in an article outside [[ … ]] would drop a clause that
    // assigns responsibility (Điều 2 lost "1. … chủ trì …" when no system was to be built).
    QByteArray whole = good;
    whole.replace("[[; kết nối", "; kết nối");
    whole.replace("{{systems_to_build}}]]", "{{systems_to_build}}");
    QTest::newRow("optional placeholder in an article")
        << whole << QStringLiteral("Decision template “mau.json”, articles[1].paragraphs[1]: the optional placeholder “{{systems_to_build}}”");
    QByteArray noTitle = good;
    noTitle.replace("\"title\": \"QUYẾT ĐỊNH\",", "");
    QTest::newRow("missing part") << noTitle << QStringLiteral("Decision template “mau.json”, title: is missing");
    QTest::newRow("not a template") << QByteArray("{\"format\": \"tthc-json\", \"version\": 1}")
                                    << QStringLiteral("Decision template “mau.json”, format:");
}

void TestDossier::templateErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto tpl = DecisionTemplate::parse(json, QStringLiteral("mau.json"));
    QVERIFY(!tpl.ok());
    QVERIFY2(tpl.error().startsWith(message), qPrintable(tpl.error()));
}

void TestDossier::missingSetting()
{
    DossierSettings s = DossierSettings::of(m_ws);
    s.signerName.clear();
    DossierExporter exporter(m_ws, s);
    auto doc = exporter.document(DossierTarget::procedure(code));
    QVERIFY(!doc.ok());
    // Named as a setting with its key and the two ways to fill it in (issue 13), not as a
    // template placeholder at a JSON path.
    QVERIFY2(doc.error().contains(QStringLiteral("the signer's name (signerName)"))
                 && doc.error().contains(QStringLiteral("tthc-studio settings --workspace")) && !doc.error().contains(QStringLiteral("{{")),
             qPrintable(doc.error()));
}

void TestDossier::figurePlacementKeepsTextReadable()
{
    report::Figure f;
    f.naturalSize = QSizeF(1923, 445.5); // the driver-licence chart, 7.5 pt labels
    f.minTextPt = 7.5;
    const QSizeF area(714.3, 440);
    const report::FigurePlacement p = report::placeFigure(f, area, 7);
    // Fitted whole it would need 0.37×: 2.8 pt text. Kept at 7 pt and cut in three equal strips.
    QCOMPARE(p.scale, 7 / 7.5);
    QCOMPARE(p.parts.size(), 3);
    for (const QRectF &r : p.parts) {
        QCOMPARE(r.width(), 1923.0 / 3);
        QVERIFY(r.width() * p.scale <= area.width() + 1e-6);
        QVERIFY(r.height() * p.scale <= area.height() + 1e-6);
    }
    f.naturalSize = QSizeF(600, 300); // small: at its own size, not enlarged
    const report::FigurePlacement small = report::placeFigure(f, area, 7);
    QCOMPARE(small.parts.size(), 1);
    QCOMPARE(small.scale, 1.0);
    f.naturalSize = QSizeF(750, 300); // a little too wide: shrunk to fit, text still ≥ 7 pt
    const report::FigurePlacement wide = report::placeFigure(f, area, 7);
    QCOMPARE(wide.parts.size(), 1);
    QCOMPARE(wide.scale, area.width() / 750);
}

void TestDossier::largeChartIsRecordedPerPart()
{
    ChartRenderer renderer(m_ws);
    const QSizeF area = report::figureArea(report::PageSetup{}, true);
    auto f = renderer.figure(ProcessRef::procedure(code, Which::AsIs), area);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const report::FigurePlacement p = report::placeFigure(f.value(), area, 7);
    QCOMPARE(p.parts.size(), 3);
    QCOMPARE(f.value().partPictures.size(), 3);
    // A chart that fits is not cut, and has no parts of its own.
    auto small = renderer.figure(ProcessRef::procedure(code, Which::AsIs), QSizeF(4000, 2000));
    QVERIFY(small.ok());
    QCOMPARE(small.value().partPictures.size(), 0);
}

void TestDossier::pdf()
{
    const QString text = run(QStringLiteral("pdftotext"), {m_pdf, QStringLiteral("-")});
    const QString flat = squeeze(text);
    // The header lines, exactly.
    for (const QString &line : {QStringLiteral("DỰ THẢO"), QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("THÀNH PHỐ HÀ NỘI"),
                                QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số:"), QStringLiteral("/QĐ-UBND"),
                                QStringLiteral("Hà Nội, ngày")})
        QVERIFY2(text.contains(line), qPrintable(line));
    // Every section.
    for (const QString &s : {QStringLiteral("QUYẾT ĐỊNH"), QStringLiteral("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
                             QStringLiteral("Căn cứ Nghị định số 42/2022/NĐ-CP"), QStringLiteral("QUYẾT ĐỊNH:"),
                             QStringLiteral("Điều 1."), QStringLiteral("Điều 2."), QStringLiteral("Điều 3."),
                             QStringLiteral("Nơi nhận:"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("PHỤ LỤC I"),
                             QStringLiteral("PHỤ LỤC II"), QStringLiteral("PHỤ LỤC III"), QStringLiteral("PHỤ LỤC IV"),
                             QStringLiteral("Trách nhiệm, nội dung công việc"),
                             QStringLiteral("Kết nối, chia sẻ dữ liệu và số hóa hồ sơ"), QStringLiteral("Liên thông điện tử"),
                             QStringLiteral("Hiệu quả của hệ thống"), QStringLiteral("Hiệu năng của hệ thống"),
                             QStringLiteral("Cơ sở dữ liệu khám sức khỏe"), QStringLiteral("Đang xây dựng"),
                             QStringLiteral("Chi phí tuân thủ thủ tục hành chính")})
        QVERIFY2(flat.contains(squeeze(s)), qPrintable(s));
    // Every cell text of the sample's analysis.
    const Procedure *p = m_ws.procedure(code);
    const QStringList lines = analysisLines(*p);
    QCOMPARE(lines.size(), 23);
    for (const QString &line : lines)
        QVERIFY2(flat.contains(squeeze(line)), qPrintable(line));
    QVERIFY(flat.contains(squeeze(QStringLiteral("(Đơn giản hóa)")))); // the action of each step (issue 13)
    QVERIFY(flat.contains(squeeze(QStringLiteral("Thời gian chờ (ngày làm việc)")))); // the to-be table's waiting
    // The computed savings (checked by hand in tst_compliancecost): per dossier and per year.
    // Whole đồng, rounded once per dossier: compliance cost 823.800 → 601.800 (saved 222.000,
    // 26,9 %); the agencies' cost, separate, 263.646 → 74.188; a year × 382.327.
    for (const QString &figure : {QStringLiteral("823.800"), QStringLiteral("601.800"), QStringLiteral("222.000"),
                                  QStringLiteral("26,9 %"), QStringLiteral("263.646"), QStringLiteral("74.188"),
                                  QStringLiteral("314.960.982.600"), QStringLiteral("230.084.388.600"),
                                  QStringLiteral("84.876.594.000"), QStringLiteral("72.434.908.766")})
        QVERIFY2(text.contains(figure), qPrintable(figure));
    // No fraction of a đồng anywhere, and the agencies' cost is never added to the compliance cost.
    QVERIFY(!text.contains(QStringLiteral("Tổng chi phí")));
    // Indicators: visits 2,11 → 1 (the health examination stays in person; tst_reductions);
    // the processing time against the statutory 5 days.
    const QString rows = squeeze(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_pdf, QStringLiteral("-")}));
    QVERIFY(rows.contains(squeeze(QStringLiteral("Số lượt đi lại, tiếp xúc trực tiếp 2,11 1 -1,11 -52,6 %"))));
    QVERIFY(rows.contains(squeeze(QStringLiteral("Thời gian giải quyết của cơ quan (ngày làm việc) 3,75 2,72 -1,03 -27,5 %"))));
    QVERIFY(flat.contains(squeeze(QStringLiteral("Thời hạn giải quyết theo quy định: 5 ngày làm việc"))));

    // Fonts embedded (with a ToUnicode map, or the text above would not come back); the
    // dossier's text in Liberation Serif / Times New Roman only, charts in the UI's sans.
    const QString fonts = run(QStringLiteral("pdffonts"), {m_pdf});
    QVERIFY(fonts.contains(QStringLiteral("LiberationSerif")) || fonts.contains(QStringLiteral("TimesNewRoman")));
    for (const QString &line : fonts.split(u'\n').mid(2, -1)) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cols = line.simplified().split(u' ');
        QVERIFY2(cols.size() >= 7 && cols[cols.size() - 5] == QLatin1String("yes"), qPrintable(line)); // emb
        QVERIFY2(!line.contains(QStringLiteral("Serif")) || line.contains(QStringLiteral("LiberationSerif"))
                     || line.contains(QStringLiteral("TimesNewRoman")),
                 qPrintable(line)); // no fallback serif: the typeface has every Vietnamese letter
    }
    // Charts are vector: no bitmap in the whole file.
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdf});
    QCOMPARE(images.split(u'\n', Qt::SkipEmptyParts).size(), 2); // the two header lines only
}

void TestDossier::pdfPagesAndMargins()
{
    const report::PageSetup ps;
    const double mm = 72 / 25.4;
    const QString info = run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                         QStringLiteral("99"), m_pdf});
    QRegularExpression sizeRe(QStringLiteral("Page\\s+(\\d+) size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    QHash<int, QSizeF> sizes;
    for (auto it = sizeRe.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        sizes.insert(m.captured(1).toInt(), QSizeF(m.captured(2).toDouble(), m.captured(3).toDouble()));
    }
    QVERIFY(sizes.size() >= 10);
    QCOMPARE(sizes.value(1), QSizeF(595, 842)); // A4 portrait: the decision
    int landscape = 0;
    for (const QSizeF &s : std::as_const(sizes)) {
        QVERIFY(s == QSizeF(595, 842) || s == QSizeF(842, 595));
        landscape += s.width() > s.height();
    }
    QVERIFY(landscape >= 5); // the appendices with wide tables and charts

    // Text: only the page number lives in the top margin, from page 2 on, centred. (Words of
    // a chart cut into page-wide strips may lie outside a strip, clipped: the margins are
    // checked on the rendered pages below, and on the words of the pages without charts.)
    const QList<PdfWord> words = pdfWords(m_pdf);
    QVERIFY(words.size() > 1000);
    QHash<int, QStringList> top;
    for (const PdfWord &w : words) {
        if (w.box.top() < ps.topMm * mm - 0.5 && w.box.left() > 100)
            top[w.page] << w.text;
        if (w.page > 3)
            continue;
        const QSizeF s = sizes.value(w.page);
        const QString where = QStringLiteral("page %1, “%2” at %3,%4").arg(w.page).arg(w.text).arg(w.box.left()).arg(w.box.top());
        QVERIFY2(w.box.left() >= ps.leftMm * mm - 0.5, qPrintable(where));
        QVERIFY2(w.box.right() <= s.width() - ps.rightMm * mm + 0.5, qPrintable(where));
        QVERIFY2(w.box.bottom() <= s.height() - ps.bottomMm * mm + 0.5, qPrintable(where));
        QVERIFY2(w.box.top() >= ps.topMm * mm - 0.5 || w.page > 1, qPrintable(where));
    }
    QVERIFY(!top.contains(1));
    for (int page = 2; page <= sizes.size(); ++page)
        QVERIFY2(top.value(page).contains(QString::number(page)), qPrintable(QString::number(page)));
    for (const PdfWord &w : words)
        if (w.page == 2 && w.text == QLatin1String("2") && w.box.top() < ps.topMm * mm) {
            const double centre = ps.leftMm * mm + (595.276 - (ps.leftMm + ps.rightMm) * mm) / 2;
            QVERIFY(std::abs(w.box.center().x() - centre) < 1);
        }

    // What a reader sees: every page rendered, nothing drawn in the margins but the page
    // number (centred in the top margin).
    const int dpi = 36;
    QVERIFY(QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                                           m_pdf, m_dir.filePath(QStringLiteral("m"))})
            == 0);
    const QStringList rendered = QDir(m_dir.path()).entryList({QStringLiteral("m-*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(rendered.size(), sizes.size());
    const double px = dpi / 25.4;
    for (const QString &file : rendered) {
        const QImage img(m_dir.filePath(file));
        const int left = int(ps.leftMm * px) - 1, right = img.width() - int(ps.rightMm * px) + 1;
        const int topEdge = int(ps.topMm * px) - 1, bottom = img.height() - int(ps.bottomMm * px) + 1;
        const int centre = (int(ps.leftMm * px) + img.width() - int(ps.rightMm * px)) / 2;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const bool margin = x < left || x > right || y > bottom || (y < topEdge && std::abs(x - centre) > 12);
                if (margin && qGray(img.pixel(x, y)) < 235)
                    QFAIL(qPrintable(QStringLiteral("%1: ink in the margin at %2,%3 px").arg(file).arg(x).arg(y)));
            }
    }

    // The first page renders (poppler), and is not blank.
    QVERIFY(QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                           QStringLiteral("1"), m_pdf, m_dir.filePath(QStringLiteral("p"))})
            == 0);
    const QStringList pngs = QDir(m_dir.path()).entryList({QStringLiteral("p-*.png")});
    QCOMPARE(pngs.size(), 1);
    const QImage page(m_dir.filePath(pngs.first()));
    int dark = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 128;
    QVERIFY(dark > 1000);
}

void TestDossier::docx()
{
    // Issue 13: the rule under the trích yếu is ⅓–½ of the line: 40 % of the 165-mm text width
    // = 66 mm = 3742 twips (it was 90 pt = 1800 twips). The rule is a paragraph border whose
    // indents centre it: left + right = 9355 − 3742 twips.
    {
        const QString body = QString::fromUtf8(ziputil::entry(m_docx, QStringLiteral("word/document.xml")));
        const qsizetype subject = body.indexOf(QStringLiteral("Về việc phê duyệt phương án"));
        QVERIFY(subject > 0);
        const auto ind = QRegularExpression(QStringLiteral("<w:ind w:left=\"(\\d+)\" w:right=\"(\\d+)\"/>")).match(body, subject);
        QVERIFY(ind.hasMatch());
        const int sides = ind.captured(1).toInt() + ind.captured(2).toInt();
        QVERIFY2(sides >= 5610 && sides <= 5616, qPrintable(QString::number(sides)));
    }

    const QStringList parts = ziputil::entries(m_docx);
    for (const QString &part : {QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                                QStringLiteral("word/document.xml"), QStringLiteral("word/styles.xml"),
                                QStringLiteral("word/_rels/document.xml.rels"), QStringLiteral("word/header1.xml"),
                                QStringLiteral("docProps/core.xml")})
        QVERIFY2(parts.contains(part), qPrintable(part));
    const int media = int(parts.filter(QRegularExpression(QStringLiteral("^word/media/image\\d+\\.png$"))).size());
    QVERIFY(media >= 4); // the tiles of the two charts and the two bar charts
    QVERIFY(ziputil::entry(m_docx, QStringLiteral("[Content_Types].xml")).contains("Extension=\"png\""));
    QVERIFY(ziputil::entry(m_docx, QStringLiteral("word/styles.xml")).contains("Times New Roman"));
    const QByteArray xml = ziputil::entry(m_docx, QStringLiteral("word/document.xml"));
    const QString text = ziputil::paragraphTexts(xml).join(u'\n');
    for (const QString &line : {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
                                QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("QUYẾT ĐỊNH"), QStringLiteral("PHỤ LỤC I"),
                                QStringLiteral("PHỤ LỤC II"), QStringLiteral("PHỤ LỤC III"), QStringLiteral("PHỤ LỤC IV"),
                                QStringLiteral("Kết nối, chia sẻ dữ liệu và số hóa hồ sơ")})
        QVERIFY2(text.split(u'\n').contains(line), qPrintable(line));
    for (const QString &line : analysisLines(*m_ws.procedure(code)))
        QVERIFY2(text.contains(line), qPrintable(line)); // every cell line is one editable paragraph
    for (const QString &figure : {QStringLiteral("823.800"), QStringLiteral("222.000"), QStringLiteral("84.876.594.000")})
        QVERIFY2(text.contains(figure), qPrintable(figure));
    // Sections with their own orientation, repeated header rows, alt text on every picture.
    QCOMPARE(xml.count("<w:sectPr"), 5); // the decision and the four appendices
    QCOMPARE(xml.count("w:orient=\"landscape\""), 4);
    QVERIFY(xml.count("<w:tblHeader") >= 6);
    QCOMPARE(xml.count("<wp:docPr "), media);
    QCOMPARE(xml.count(" descr=\"\""), 0);
}

void TestDossier::docxOpensInLibreOffice()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QFAIL("soffice is missing: scripts/install-deps installs libreoffice-writer-nogui for the tests");
    QTemporaryDir profile, out;
    int exit = -1;
    run(soffice, {QStringLiteral("-env:UserInstallation=file://") + profile.path(), QStringLiteral("--headless"),
                  QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), out.path(), m_docx},
        &exit);
    QCOMPARE(exit, 0);
    const QString pdf = out.filePath(QStringLiteral("Ho-so-1.002804.pdf"));
    QVERIFY(QFileInfo::exists(pdf));
    const QString flat = squeeze(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    for (const QString &s : {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), QStringLiteral("PHỤ LỤC IV"),
                             QStringLiteral("84.876.594.000")})
        QVERIFY2(flat.contains(squeeze(s)), qPrintable(s));
}

void TestDossier::xlsx()
{
    const QByteArray workbook = ziputil::entry(m_xlsx, QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Phân tích tiêu chí\"").toUtf8()));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Đánh giá hiệu quả\"").toUtf8()));
    // Sheets in the order of the dossier: the related systems (Phụ lục II, 1), the criteria
    // (Phụ lục II, 2), the reduction indicators and the evaluation (Phụ lục IV).
    for (const char *sheet : {"Hệ thống liên quan", "Chỉ số cắt giảm"})
        QVERIFY(workbook.contains(QStringLiteral("name=\"%1\"").arg(QString::fromUtf8(sheet)).toUtf8()));
    const QMap<QString, QVariant> systems = ziputil::readSheet(m_xlsx, 1).values;
    QCOMPARE(systems.value(QStringLiteral("E1")).toString(), QStringLiteral("Mức độ sẵn sàng"));
    QVERIFY(systems.value(QStringLiteral("B2")).toString().size() > 0);
    const QMap<QString, QVariant> indicators = ziputil::readSheet(m_xlsx, 3).values;
    QCOMPARE(indicators.value(QStringLiteral("A2")).toString(), QStringLiteral("Số lượt đi lại, tiếp xúc trực tiếp"));
    QCOMPARE(indicators.value(QStringLiteral("B2")).toDouble(), 2.11);
    QVERIFY(qFuzzyCompare(indicators.value(QStringLiteral("E2")).toDouble(), (1 - 2.11) / 2.11));
    const QMap<QString, QVariant> criteria = ziputil::readSheet(m_xlsx, 2).values;
    QCOMPARE(criteria.value(QStringLiteral("A1")).toString(), QStringLiteral("TT"));
    QCOMPARE(criteria.value(QStringLiteral("B1")).toString(), QStringLiteral("Tên bước\n(phương án đề xuất)"));
    QCOMPARE(criteria.value(QStringLiteral("C1")).toString(), QStringLiteral("Kết quả phân tích theo tiêu chí"));
    QCOMPARE(criteria.value(QStringLiteral("C2")).toString(), QStringLiteral("Kết nối, chia sẻ dữ liệu và số hóa hồ sơ"));
    QCOMPARE(criteria.value(QStringLiteral("F2")).toString(), QStringLiteral("Hiệu năng của hệ thống"));
    // Rows in flow order from row 3, each cell exactly the analysis text.
    const Procedure *p = m_ws.procedure(code);
    int checked = 0;
    for (int row = 3; criteria.contains(QStringLiteral("B%1").arg(row)); ++row) {
        const QString stepCell = criteria.value(QStringLiteral("B%1").arg(row)).toString();
        const QString name = stepCell.section(u'\n', 0, 0);
        const Step *step = nullptr;
        for (const Step &s : p->asIs.steps)
            if (s.name == name)
                step = &s;
        QVERIFY2(step, qPrintable(name));
        const StepAnalysis *a = p->analysisFor(step->id);
        if (!a)
            continue;
        QCOMPARE(criteria.value(QStringLiteral("C%1").arg(row)).toString(), a->dataSharing);
        QCOMPARE(criteria.value(QStringLiteral("D%1").arg(row)).toString(), a->interconnection);
        QCOMPARE(criteria.value(QStringLiteral("E%1").arg(row)).toString(), a->efficiency);
        QCOMPARE(criteria.value(QStringLiteral("F%1").arg(row)).toString(), a->performance);
        // Issue 13: the action under the step's name.
        static const QHash<Action, QString> actions{{Action::Keep, QStringLiteral("Giữ nguyên")},
                                                    {Action::Simplify, QStringLiteral("Đơn giản hóa")},
                                                    {Action::Automate, QStringLiteral("Tự động hóa")},
                                                    {Action::Merge, QStringLiteral("Gộp")},
                                                    {Action::Eliminate, QStringLiteral("Cắt giảm")}};
        QVERIFY2(stepCell.section(u'\n', 1).startsWith(u'(' + actions.value(a->action)), qPrintable(stepCell));
        ++checked;
    }
    QCOMPARE(checked, int(p->analysis.size()));
    // The evaluation: numbers, not text, whole đồng (tst_compliancecost). Row 8 is the
    // compliance cost of one dossier, row 9 the agencies' (separate), row 11 a year's.
    const QMap<QString, QVariant> ev = ziputil::readSheet(m_xlsx, 4).values;
    QCOMPARE(ev.value(QStringLiteral("A1")).toString(), QStringLiteral("Nội dung"));
    QCOMPARE(ev.value(QStringLiteral("A2")).toString(), QStringLiteral("Một hồ sơ"));
    QCOMPARE(ev.value(QStringLiteral("A8")).toString(), QStringLiteral("Chi phí tuân thủ của người dân, doanh nghiệp (đồng)"));
    QCOMPARE(ev.value(QStringLiteral("B8")).toDouble(), 823800.0);
    QCOMPARE(ev.value(QStringLiteral("C8")).toDouble(), 601800.0);
    QCOMPARE(ev.value(QStringLiteral("D8")).toDouble(), 222000.0);
    // Issue 13: a percentage is a number with a % format (222,000 / 823,800), not text; the
    // sheets use the documents' Times New Roman.
    QVERIFY(qFuzzyCompare(ev.value(QStringLiteral("E8")).toDouble(), 222000.0 / 823800.0));
    const QByteArray styles = ziputil::entry(m_xlsx, QStringLiteral("xl/styles.xml"));
    QVERIFY2(styles.contains("formatCode=\"0.0%\""), styles.left(800).constData());
    QVERIFY(styles.contains("Times New Roman"));
    QCOMPARE(ev.value(QStringLiteral("A9")).toString(), QStringLiteral("Chi phí của cơ quan giải quyết, tính riêng (đồng)"));
    QCOMPARE(ev.value(QStringLiteral("D9")).toDouble(), 189458.0);
    QCOMPARE(ev.value(QStringLiteral("B11")).toDouble(), 314960982600.0);
    QCOMPARE(ev.value(QStringLiteral("D11")).toDouble(), 84876594000.0);
}

void TestDossier::group()
{
    DossierExporter exporter(m_ws, DossierSettings::of(m_ws), QDate(2026, 11, 25));
    auto doc = exporter.document(DossierTarget::group(QStringLiteral("nhom-vay-von-covid")));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const report::PageLayout pages(doc.value());
    QVERIFY(pages.pageCount() > 10);
    QTemporaryDir dir;
    auto outcomes = exporter.run({DossierTarget::group(QStringLiteral("nhom-vay-von-covid"))}, DossierFormats{true, false, false},
                                 dir.path());
    QVERIFY(outcomes.ok() && outcomes.value().first().ok());
    const QString flat = squeeze(run(QStringLiteral("pdftotext"), {outcomes.value().first().files.first(), QStringLiteral("-")}));
    const ProcedureGroup *g = m_ws.group(QStringLiteral("nhom-vay-von-covid"));
    QVERIFY(flat.contains(squeeze(QStringLiteral("nhóm thủ tục hành chính liên thông “%1”").arg(g->name))));
    // Issue 13: the member the analysis cuts (2.001001: no sub-procedure step in the group's
    // e-process) is named as cut in Điều 1 and gets no e-process; the others' e-steps are listed.
    const Procedure *cut = m_ws.procedure(QStringLiteral("2.001001"));
    QVERIFY2(flat.contains(squeeze(QStringLiteral("cắt giảm thủ tục “%1”").arg(cut->name))), qPrintable(cut->name));
    QVERIFY(flat.contains(squeeze(QStringLiteral("Cắt giảm thủ tục hành chính này theo kết quả phân tích tại Phụ lục II"))));
    QVERIFY(!flat.contains(squeeze(QStringLiteral("Quy trình điện tử thủ tục “%1”").arg(cut->name))));
    for (const QString &kept : {QStringLiteral("2.001002"), QStringLiteral("2.001003")})
        for (const Step &st : m_ws.procedure(kept)->toBe.steps)
            if (st.kind == StepKind::Task)
                QVERIFY2(flat.contains(squeeze(st.name)), qPrintable(st.name));
    for (int i = 0; i < g->members.size(); ++i) {
        const Procedure *p = m_ws.procedure(g->members[i]);
        QVERIFY(flat.contains(squeeze(QStringLiteral("Thủ tục số %1: %2").arg(i + 1).arg(p->name))));
        for (const QString &line : analysisLines(*p))
            QVERIFY2(flat.contains(squeeze(line)), qPrintable(line));
    }
}

void TestDossier::batchReportsFailuresAndGoesOn()
{
    Workspace ws = m_ws;
    Procedure noEprocess = *ws.procedure(code);
    noEprocess.code = QStringLiteral("9.999999");
    noEprocess.toBe = Process{};
    ws.procedures << noEprocess;
    DossierExporter exporter(ws, DossierSettings::of(ws));
    QTemporaryDir dir;
    QList<int> seen;
    auto outcomes = exporter.run({DossierTarget::procedure(code), DossierTarget::procedure(QStringLiteral("9.999999")),
                                  DossierTarget::procedure(QStringLiteral("không-có")), DossierTarget::group(QStringLiteral("nhom-vay-von-covid"))},
                                 DossierFormats{true, false, true}, dir.path(), [&](int done, int total, const QString &) {
                                     seen << done;
                                     return total == 4;
                                 });
    QVERIFY(outcomes.ok());
    const auto &o = outcomes.value();
    QCOMPARE(o.size(), 4);
    QVERIFY(o[0].ok());
    QCOMPARE(o[0].files.size(), 2);
    QCOMPARE(o[1].error, QStringLiteral("9.999999: there is no e-process yet; generate it (Process › Generate e-process, "
                                        "Ctrl+Shift+G) before exporting the dossier."));
    QCOMPARE(o[2].error, QStringLiteral("The workspace has no procedure “không-có”."));
    QVERIFY2(o[3].ok(), qPrintable(o[3].error));
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 4);
}

// The as-is chart of the sample procedure in `ws`, exported to SVG at `path` as the editor does.
static bool asIsChartSvg(const Workspace &ws, const QString &path, QByteArray *bytes)
{
    WorkspaceModel model;
    if (!model.replaceAll(ws))
        return false;
    QUndoStack undo;
    ProcessScene scene(&model, &undo);
    scene.setProcess(ProcessRef::procedure(code, Which::AsIs));
    const Status written = DiagramExport::svg(scene, path, ws.procedure(code)->name);
    if (!written.ok())
        qWarning("%s", qPrintable(written.error()));
    *bytes = fixtures::readAll(path);
    return written.ok();
}

// Issue 11.4: names that look like markup, XML-forbidden control characters and bidi marks
// reach the SVG, DOCX and XLSX as text: every XML part parses, no element comes from a name.
void TestDossier::hostileTextStaysText()
{
    const QString script = QStringLiteral("<script>alert(1)</script>");
    const QString closing = QStringLiteral("a</w:t><w:t>b & \"c\" 'd'");
    const QString controls = QStringLiteral("Nộp\u0001hồ\u000Bsơ\u001F\uFFFE");
    const QString bidi = QStringLiteral("\u202Eđảo ngược\u200F (RTL)");
    Workspace ws = m_ws;
    Procedure &p = *std::find_if(ws.procedures.begin(), ws.procedures.end(), [](const Procedure &x) { return x.code == code; });
    p.name = script + controls;
    p.asIs.steps[1].name = script;
    p.asIs.steps[2].name = closing;
    p.asIs.steps[3].name = controls;
    p.asIs.steps[4].name = bidi;
    p.analysis[0].dataSharing = script + QStringLiteral("\n") + closing + QStringLiteral("\n") + controls;
    p.analysis[1].efficiency = bidi;
    for (Process *process : {&p.asIs, &p.toBe})
        process->layout = DiagramGeometry::complete(*process, {}).toJson();

    // Every XML part of a zip (DOCX, XLSX) and the SVG must parse, with no element named script.
    const auto wellFormed = [](const QByteArray &xml, const QString &what) {
        QXmlStreamReader r(xml);
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name().compare(QLatin1String("script"), Qt::CaseInsensitive) == 0)
                return QStringLiteral("%1: a <script> element").arg(what);
        }
        return r.hasError() ? QStringLiteral("%1: %2 at line %3").arg(what, r.errorString()).arg(r.lineNumber()) : QString();
    };

    QTemporaryDir dir;
    {
        QByteArray bytes;
        QVERIFY(asIsChartSvg(ws, dir.filePath(QStringLiteral("chart.svg")), &bytes));
        const QString problem = wellFormed(bytes, QStringLiteral("chart.svg"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("&lt;script&gt;")));
    }

    DossierExporter exporter(ws, DossierSettings::of(ws), QDate(2026, 11, 25));
    auto outcomes = exporter.run({DossierTarget::procedure(code)}, DossierFormats{}, dir.path());
    QVERIFY2(outcomes.ok(), qPrintable(outcomes.error()));
    QVERIFY2(outcomes.value().first().ok(), qPrintable(outcomes.value().first().error));
    int parts = 0;
    for (const QString &ext : {QStringLiteral("docx"), QStringLiteral("xlsx")}) {
        const QString file = dir.filePath(QStringLiteral("Ho-so-1.002804.") + ext);
        for (const QString &name : ziputil::entries(file)) {
            if (!name.endsWith(QLatin1String(".xml")) && !name.endsWith(QLatin1String(".rels")))
                continue;
            const QString problem = wellFormed(ziputil::entry(file, name), ext + u'/' + name);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            ++parts;
        }
    }
    QVERIFY(parts >= 12);
    // The text itself survives, as text.
    const QString document = ziputil::paragraphTexts(ziputil::entry(dir.filePath(QStringLiteral("Ho-so-1.002804.docx")),
                                                                    QStringLiteral("word/document.xml"))).join(u'\n');
    QVERIFY(document.contains(script));
    QVERIFY(document.contains(closing));
    QVERIFY(document.contains(QStringLiteral("Nộphồsơ")));
    QVERIFY(ziputil::sharedStrings(dir.filePath(QStringLiteral("Ho-so-1.002804.xlsx"))).join(u'\n').contains(script));
}

// Issue 11 (tests): a 1 MB step name and analysis cell go through the SVG, DOCX and XLSX; each
// parses as XML; the DOCX keeps the whole text; an XLSX cell holds at most 32,767 characters
// (Excel's limit), so a longer text is cut to 32,766 and ends in "…".
void TestDossier::megabyteNames()
{
    QString huge;
    huge.reserve(1 << 20);
    while (huge.size() < (1 << 20))
        huge += QStringLiteral("Thẩm định <hồ sơ> & \U0001F600 ");
    huge.truncate(1 << 20);
    if (huge.back().isHighSurrogate())
        huge.chop(1);
    Workspace ws = m_ws;
    Procedure &p = *std::find_if(ws.procedures.begin(), ws.procedures.end(), [](const Procedure &x) { return x.code == code; });
    p.asIs.steps[1].name = huge;
    p.analysis[0].dataSharing = huge;
    for (Process *process : {&p.asIs, &p.toBe})
        process->layout = DiagramGeometry::complete(*process, {}).toJson();
    const auto parses = [](const QByteArray &xml) {
        QXmlStreamReader r(xml);
        while (!r.atEnd())
            r.readNext();
        return r.hasError() ? r.errorString() : QString();
    };
    QTemporaryDir dir;
    {
        QByteArray bytes;
        QVERIFY(asIsChartSvg(ws, dir.filePath(QStringLiteral("chart.svg")), &bytes));
        const QString problem = parses(bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    DossierExporter exporter(ws, DossierSettings::of(ws), QDate(2026, 11, 25));
    DossierFormats noPdf;
    noPdf.pdf = false;
    auto outcomes = exporter.run({DossierTarget::procedure(code)}, noPdf, dir.path());
    QVERIFY2(outcomes.ok(), qPrintable(outcomes.error()));
    QVERIFY2(outcomes.value().first().ok(), qPrintable(outcomes.value().first().error));
    for (const QString &ext : {QStringLiteral("docx"), QStringLiteral("xlsx")}) {
        const QString file = dir.filePath(QStringLiteral("Ho-so-1.002804.") + ext);
        for (const QString &name : ziputil::entries(file))
            if (name.endsWith(QLatin1String(".xml"))) {
                const QString problem = parses(ziputil::entry(file, name));
                QVERIFY2(problem.isEmpty(), qPrintable(ext + u'/' + name + QStringLiteral(": ") + problem));
            }
    }
    const QString document = ziputil::paragraphTexts(ziputil::entry(dir.filePath(QStringLiteral("Ho-so-1.002804.docx")),
                                                                    QStringLiteral("word/document.xml"))).join(u'\n');
    QVERIFY(document.contains(huge));
    bool cut = false;
    for (const QString &text : ziputil::sharedStrings(dir.filePath(QStringLiteral("Ho-so-1.002804.xlsx")))) {
        QVERIFY(text.size() <= 32767);
        if (text.size() == 32767 && text.endsWith(QChar(0x2026)) && huge.startsWith(text.chopped(1)))
            cut = true;
    }
    QVERIFY(cut);
}

// Issue 11.8: ids that sanitise to the same name ("a/b", "a_b", "a b") get files of their own.
void TestDossier::fileNamesNeverCollide()
{
    QCOMPARE(DossierBuilder::fileStem(DossierTarget::procedure(code)), QStringLiteral("Ho-so-1.002804"));
    Workspace ws = m_ws;
    const Procedure original = *ws.procedure(code);
    const QStringList codes{QStringLiteral("a/b"), QStringLiteral("a_b"), QStringLiteral("a b")};
    QList<DossierTarget> targets;
    QSet<QString> stems;
    for (const QString &c : codes) {
        Procedure p = original;
        p.code = c;
        ws.procedures << p;
        targets << DossierTarget::procedure(c);
        const QString stem = DossierBuilder::fileStem(targets.last());
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(stem).hasMatch(), qPrintable(stem));
        stems << stem;
    }
    QCOMPARE(stems.size(), 3);
    QTemporaryDir dir;
    DossierExporter exporter(ws, DossierSettings::of(ws), QDate(2026, 11, 25));
    DossierFormats xlsxOnly;
    xlsxOnly.pdf = xlsxOnly.docx = false;
    auto outcomes = exporter.run(targets, xlsxOnly, dir.path());
    QVERIFY2(outcomes.ok(), qPrintable(outcomes.error()));
    for (const DossierOutcome &o : outcomes.value())
        QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
}

QTEST_MAIN(TestDossier)
#include "tst_dossier.moc"
