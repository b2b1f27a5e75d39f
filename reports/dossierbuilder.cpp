#include "dossierbuilder.h"
#include "labels.h"
#include "stepdecision.h"

#include "barchart.h"
#include "compliancecost.h"
#include "flowgraph.h"
#include "pagelayout.h"
#include "reductions.h"
#include "vnformat.h"

#include <QFontMetricsF>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace tthc {

using report::Align;
using report::BarChartSpec;
using report::Cell;
using report::Figure;
using report::Paragraph;
using report::Run;
using report::Section;
using report::Table;

namespace {

constexpr double bodyPt = 14;
constexpr double headerPt = 13;
constexpr double tablePt = 11;
constexpr double indentPt = 28.35; // 1 cm

// ---- Vietnamese wording of the dossier (a legal document: not translated) ----

QString readinessText(Readiness r) { return Labels::dossierText(r); }

QString systemKindText(SystemKind k)
{
    switch (k) {
    case SystemKind::NationalDb: return QStringLiteral("Cơ sở dữ liệu quốc gia");
    case SystemKind::SectoralDb: return QStringLiteral("Cơ sở dữ liệu chuyên ngành");
    case SystemKind::Platform: return QStringLiteral("Nền tảng");
    case SystemKind::Portal: return QStringLiteral("Cổng thông tin");
    case SystemKind::Other: return QStringLiteral("Khác");
    }
    return {};
}

QString actionText(Action a)
{
    switch (a) {
    case Action::Keep: return QStringLiteral("Giữ nguyên");
    case Action::Simplify: return QStringLiteral("Đơn giản hóa");
    case Action::Automate: return QStringLiteral("Tự động hóa");
    case Action::Merge: return QStringLiteral("Gộp");
    case Action::Eliminate: return QStringLiteral("Cắt giảm");
    }
    return {};
}

// The action with what the structured decision adds to it: the merge target, and the reason
// recorded for automating an officer's step.
QString proposedAction(const Procedure &p, const StepAnalysis &a)
{
    QString text = actionText(a.action);
    const Decision d = StepRules::decision(a);
    if (a.action == Action::Merge && !d.into.isEmpty()) {
        const Step *into = p.asIs.step(d.into);
        text += QStringLiteral(" vào bước “%1”").arg(into ? into->name : d.into);
    }
    if (a.action == Action::Automate && !d.override.isEmpty())
        text += QStringLiteral(" (lý do: %1)").arg(d.override);
    return text;
}

QString indicatorText(const QString &key)
{
    if (key == QLatin1String("visits"))
        return QStringLiteral("Số lượt đi lại, tiếp xúc trực tiếp");
    if (key == QLatin1String("documents"))
        return QStringLiteral("Số hồ sơ, giấy tờ phải nộp");
    if (key == QLatin1String("manualSteps"))
        return QStringLiteral("Số bước xử lý thủ công");
    if (key == QLatin1String("steps"))
        return QStringLiteral("Số bước thực hiện");
    if (key == QLatin1String("processingDays"))
        return QStringLiteral("Thời gian giải quyết của cơ quan (ngày làm việc)");
    if (key == QLatin1String("elapsedDays"))
        return QStringLiteral("Tổng thời gian thực hiện, kể cả thời gian chuẩn bị của người dân (ngày làm việc)");
    return key;
}

const char *romans[] = {"I", "II", "III", "IV"};

// Up to `decimals` decimals, trailing zeros dropped: 2,5 / 3 / 0,25.
QString num(double v, int decimals = 2) { return VnFormat::compact(v, decimals); }
QString money(double v) { return num(v, 0); } // whole đồng: the model rounds once

// ---- building blocks ----

Paragraph para(const QString &text, Align align = Align::Justify, double size = bodyPt, bool bold = false,
               bool italic = false)
{
    Paragraph p;
    p.runs = {Run{text, bold, italic}};
    p.align = align;
    p.sizePt = size;
    return p;
}

Paragraph heading(const QString &text, double spaceBefore = 6)
{
    Paragraph p = para(text, Align::Left, bodyPt, true);
    p.spaceBeforePt = spaceBefore;
    p.keepWithNext = true;
    return p;
}

Cell cell(const QString &text, Align align = Align::Left, bool bold = false, bool shaded = false)
{
    Cell c;
    for (const QString &line : text.split(u'\n')) {
        Paragraph p = para(line, align, 0, bold);
        p.spaceAfterPt = 1;
        c.paragraphs << p;
    }
    c.shaded = shaded;
    return c;
}

Cell headerCell(const QString &text) { return cell(text, Align::Center, true, true); }

Cell numberCell(double v, const QString &text)
{
    Cell c = cell(text, Align::Right);
    c.number = v;
    c.decimals = std::abs(v - std::round(v)) < 1e-9 ? 0 : 2;
    return c;
}

// A percentage: the text the documents show, the ratio the spreadsheet keeps (with a % format).
Cell percentCell(double part, double whole)
{
    if (whole == 0)
        return cell(QStringLiteral("–"), Align::Right);
    Cell c = cell(VnFormat::percent(part / whole, 1), Align::Right);
    c.number = part / whole;
    c.decimals = 1;
    c.percent = true;
    return c;
}

// A row that spans the whole table (a member procedure's section in a group).
QList<Cell> sectionRow(const QString &text, int columns)
{
    QList<Cell> row{cell(text, Align::Left, true, true)};
    row[0].colSpan = columns;
    for (int i = 1; i < columns; ++i)
        row << Cell::coveredCell();
    return row;
}

Table table(const QList<double> &weights, const QStringList &headers)
{
    Table t;
    t.columnWeights = weights;
    t.fontPt = tablePt;
    t.headerRows = 1;
    QList<Cell> row;
    for (const QString &h : headers)
        row << headerCell(h);
    t.rows << row;
    return t;
}

double textWidth(const QString &text, double pt, bool bold)
{
    return QFontMetricsF(report::reportFont(pt, bold), report::measureDevice()).horizontalAdvance(text);
}

// The members of the target (the procedure itself, or the group's members in order).
QList<const Procedure *> membersOf(const Workspace &ws, const DossierTarget &t)
{
    QList<const Procedure *> out;
    if (t.kind == DossierTarget::Kind::Procedure) {
        if (const Procedure *p = ws.procedure(t.id))
            out << p;
    } else if (const ProcedureGroup *g = ws.group(t.id)) {
        for (const QString &code : g->members)
            if (const Procedure *p = ws.procedure(code))
                out << p;
    }
    return out;
}

// A member the group's e-process no longer runs (the analysis cuts it: no sub-procedure step
// of it in the group's e-process) — listed as cut, never approved or given an e-process.
bool isCut(const ProcedureGroup *g, const Procedure &member)
{
    return g && !g->toBe.steps.isEmpty() && !g->runsInToBe(member.code);
}

// Steps that are real work (the rows of the step tables): not start or end.
QList<const Step *> workSteps(const Process &p)
{
    QList<const Step *> out;
    for (int i : FlowGraph::flowOrder(p)) {
        const Step &s = p.steps[i];
        if (s.kind != StepKind::Start && s.kind != StepKind::End)
            out << &s;
    }
    return out;
}

// The systems the dossier speaks of: those linked from the steps and the analysis, in the
// order of the registry.
QList<const System *> relatedSystems(const Workspace &ws, const QList<const Procedure *> &members,
                                     const ProcedureGroup *group)
{
    QSet<QString> ids;
    auto addProcess = [&](const Process &p) {
        for (const Step &s : p.steps)
            for (const QString &id : s.systems)
                ids.insert(id);
    };
    auto addAnalysis = [&](const QList<StepAnalysis> &rows) {
        for (const StepAnalysis &a : rows)
            for (const QString &id : a.systems)
                ids.insert(id);
    };
    for (const Procedure *p : members) {
        addProcess(p->asIs);
        addProcess(p->toBe);
        addAnalysis(p->analysis);
    }
    if (group) {
        addProcess(group->asIs);
        addProcess(group->toBe);
        addAnalysis(group->analysis);
    }
    QList<const System *> out;
    for (const System &s : ws.systems)
        if (ids.contains(s.id))
            out << &s;
    return out;
}

QString joinNames(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" và ")
           + items.last();
}

// An agency's name in a legal text: "UBND" spelled out (a decision does not abbreviate it).
QString spelledOut(QString agency)
{
    static const QRegularExpression ubnd(QStringLiteral("\\bUBND\\b"));
    return agency.replace(ubnd, QStringLiteral("Ủy ban nhân dân")).simplified();
}

// The head of an agency as a decision names the one who answers for it (Điều 3): "Giám đốc
// Sở …", "Chủ tịch Ủy ban nhân dân các xã, phường", "Cục trưởng Cục …" — "Thủ trưởng …" only
// when the kind of agency is not known.
QString headTitle(const QString &agencyName)
{
    const QString agency = spelledOut(agencyName);
    struct Rule {
        const char *pattern;
        const char *head; // %1 = the agency
    };
    static const Rule rules[] = {
        {"^Ủy ban nhân dân cấp xã$", "Chủ tịch Ủy ban nhân dân các xã, phường"},
        {"^Ủy ban nhân dân cấp tỉnh$", "Chủ tịch Ủy ban nhân dân cấp tỉnh"},
        {"^Ủy ban nhân dân\\s", "Chủ tịch %1"},
        {"^(Sở|Bảo hiểm xã hội|Ngân hàng|Công an|Kho bạc|Đài|Trung tâm|Bệnh viện)\\s", "Giám đốc %1"},
        {"^Chi cục\\s", "Chi cục trưởng %1"},
        {"^Cục\\s", "Cục trưởng %1"},
        {"^Văn phòng\\s", "Chánh %1"},
        {"^(Phòng|Ban)\\s", "Trưởng %1"},
    };
    for (const Rule &r : rules)
        if (QRegularExpression(QString::fromUtf8(r.pattern), QRegularExpression::CaseInsensitiveOption).match(agency).hasMatch())
            return QString::fromUtf8(r.head).contains(QStringLiteral("%1")) ? QString::fromUtf8(r.head).arg(agency)
                                                                          : QString::fromUtf8(r.head);
    return QStringLiteral("Thủ trưởng ") + agency;
}

// ---- the parts of the dossier ----

class Builder {
public:
    Builder(const Workspace &ws, const DossierTarget &target, const DecisionText &text,
            const DossierBuilder::ChartSource &charts)
        : m_ws(ws), m_target(target), m_text(text), m_charts(charts), m_members(membersOf(ws, target)),
          m_group(target.kind == DossierTarget::Kind::Group ? ws.group(target.id) : nullptr)
    {
    }

    Result<report::Document> build();

private:
    void decision(Section &s);
    Status appendixI(Section &s);
    void appendixII(Section &s);
    Status appendixIII(Section &s);
    void appendixIV(Section &s);
    void appendixTitle(Section &s, int index, const QString &title);
    Status chart(Section &s, const ProcessRef &ref, const QString &caption);
    Table dutiesTable(const Process &p) const;
    Table toBeTable(const Procedure *owner, const Process &p) const;
    QString documentNames(const Procedure *owner, const QStringList &ids) const;
    QString systemNames(const QStringList &ids) const;
    QString name() const { return m_group ? m_group->name : (m_members.isEmpty() ? m_target.id : m_members[0]->name); }

    const Workspace &m_ws;
    DossierTarget m_target;
    const DecisionText &m_text;
    const DossierBuilder::ChartSource &m_charts;
    QList<const Procedure *> m_members;
    const ProcedureGroup *m_group;
};

void Builder::decision(Section &s)
{
    Paragraph draft = para(m_text.draftMark, Align::Right, headerPt, true);
    draft.spaceAfterPt = 4;
    s.blocks << draft;

    // The two-column header: issuing body and number on the left; the national title, the
    // motto and the place and date on the right (a borderless table, as Word users make it).
    Table head;
    head.borders = false;
    head.columnWeights = {40, 60};
    head.fontPt = headerPt;
    Cell body;
    double longest = 0;
    for (int i = 0; i < m_text.issuingBody.size(); ++i) {
        Paragraph p = para(m_text.issuingBody[i], Align::Center, headerPt, true);
        p.spaceAfterPt = 0;
        longest = std::max(longest, textWidth(m_text.issuingBody[i], headerPt, true));
        if (i == m_text.issuingBody.size() - 1)
            p.ruleBelowPt = longest / 3;
        body.paragraphs << p;
    }
    Cell nation;
    Paragraph n1 = para(m_text.nation, Align::Center, 12, true);
    n1.spaceAfterPt = 0;
    Paragraph n2 = para(m_text.motto, Align::Center, headerPt, true);
    n2.spaceAfterPt = 0;
    n2.ruleBelowPt = textWidth(m_text.motto, headerPt, true);
    nation.paragraphs << n1 << n2;
    Cell number;
    number.paragraphs << para(m_text.number, Align::Center, headerPt);
    Cell date;
    date.paragraphs << para(m_text.placeDate, Align::Center, headerPt, false, true);
    head.rows << QList<Cell>{body, nation} << QList<Cell>{number, date};
    s.blocks << head;

    Paragraph title = para(m_text.title, Align::Center, bodyPt, true);
    title.spaceBeforePt = 12;
    title.spaceAfterPt = 0;
    s.blocks << title;
    Paragraph subject = para(m_text.subject, Align::Center, bodyPt, true);
    // The rule under the trích yếu: ⅓–½ of the line (decision-format.md) — 40 % of the
    // portrait text width, 66 mm on A4 (it was 31.7 mm, about a fifth).
    const report::PageSetup page;
    subject.ruleBelowPt = 0.4 * (210.0 - page.leftMm - page.rightMm) * 72.0 / 25.4;
    s.blocks << subject;
    Paragraph authority = para(m_text.authority, Align::Center, bodyPt, true);
    authority.spaceBeforePt = 6;
    authority.spaceAfterPt = 10;
    s.blocks << authority;
    for (const QString &b : m_text.bases) {
        Paragraph p = para(b, Align::Justify, bodyPt, false, true);
        p.firstLineIndentPt = indentPt;
        s.blocks << p;
    }
    Paragraph proposal = para(m_text.proposal, Align::Justify, bodyPt, false, true);
    proposal.firstLineIndentPt = indentPt;
    s.blocks << proposal;
    Paragraph decides = para(m_text.decides, Align::Center, bodyPt, true);
    decides.spaceBeforePt = 6;
    decides.keepWithNext = true;
    s.blocks << decides;
    for (const DecisionText::Article &a : m_text.articles) {
        for (int i = 0; i < a.paragraphs.size(); ++i) {
            Paragraph p;
            p.align = Align::Justify;
            p.firstLineIndentPt = indentPt;
            if (i == 0)
                p.runs << Run{a.heading + u' ', true};
            p.runs << Run{a.paragraphs[i]};
            s.blocks << p;
        }
    }

    // Recipients on the left, the signature block on the right.
    Table sign;
    sign.borders = false;
    sign.columnWeights = {45, 55};
    sign.fontPt = 11;
    Cell left;
    Paragraph rt;
    rt.runs = {Run{m_text.recipientsTitle, true, true, 12}};
    rt.align = Align::Left;
    rt.sizePt = 12;
    rt.spaceAfterPt = 0;
    left.paragraphs << rt;
    for (const QString &r : m_text.recipients) {
        Paragraph p = para(r, Align::Left, 11);
        p.spaceAfterPt = 0;
        left.paragraphs << p;
    }
    Cell right;
    for (const QString &line : m_text.signature) {
        Paragraph p = para(line, Align::Center, bodyPt, true);
        p.spaceAfterPt = 0;
        right.paragraphs << p;
    }
    Paragraph space = para(QString(), Align::Center, bodyPt);
    space.spaceAfterPt = 0;
    for (int i = 0; i < 4; ++i)
        right.paragraphs << space;
    right.paragraphs << para(m_text.signerName, Align::Center, bodyPt, true);
    sign.rows << QList<Cell>{left, right};
    Paragraph gap = para(QString());
    gap.spaceAfterPt = 0;
    s.blocks << gap << sign;
}

void Builder::appendixTitle(Section &s, int index, const QString &title)
{
    Paragraph p = para(QStringLiteral("PHỤ LỤC %1").arg(QLatin1String(romans[index])), Align::Center, bodyPt, true);
    p.spaceAfterPt = 0;
    s.blocks << p;
    Paragraph t = para(title, Align::Center, bodyPt, true);
    t.spaceAfterPt = 0;
    s.blocks << t;
    Paragraph note = para(m_text.appendixNote, Align::Center, bodyPt, false, true);
    note.ruleBelowPt = 90;
    note.spaceAfterPt = 10;
    s.blocks << note;
}

Status Builder::chart(Section &s, const ProcessRef &ref, const QString &caption)
{
    auto fig = m_charts(ref);
    if (!fig)
        return Status::failure(fig.error());
    Figure f = fig.take();
    f.caption = caption;
    if (f.altText.isEmpty())
        f.altText = caption;
    s.blocks << f;
    return success();
}

QString Builder::documentNames(const Procedure *owner, const QStringList &ids) const
{
    QStringList out;
    for (const QString &id : ids) {
        const tthc::Document *d = owner ? owner->document(id) : nullptr;
        if (!d) // a group chart: the document may belong to any member
            for (const Procedure *m : m_members)
                if ((d = m->document(id)))
                    break;
        out << QStringLiteral("- ") + (d ? d->name : id);
    }
    return out.join(u'\n');
}

QString Builder::systemNames(const QStringList &ids) const
{
    QStringList out;
    for (const QString &id : ids) {
        const System *sys = m_ws.system(id);
        out << QStringLiteral("- ") + (sys ? sys->name : id);
    }
    return out.join(u'\n');
}

Table Builder::dutiesTable(const Process &p) const
{
    Table t = table({5, 22, 18, 37, 9, 9},
                    {QStringLiteral("TT"), QStringLiteral("Bước thực hiện"), QStringLiteral("Chủ thể thực hiện"),
                     QStringLiteral("Trách nhiệm, nội dung công việc"), QStringLiteral("Thời gian thực hiện (giờ)"),
                     QStringLiteral("Thời gian chờ (ngày)")});
    int n = 0;
    for (const Step *s : workSteps(p)) {
        const Lane *lane = p.lane(s->lane);
        QString what = s->description;
        QStringList notes;
        if (s->inPerson)
            notes << QStringLiteral("trực tiếp");
        if (s->manual)
            notes << QStringLiteral("thủ công");
        if (!notes.isEmpty())
            what += (what.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("(Thực hiện ") + notes.join(QStringLiteral(", ")) + u')';
        t.rows << QList<Cell>{cell(QString::number(++n), Align::Center), cell(s->name), cell(lane ? lane->name : s->lane),
                              cell(what), numberCell(s->hours, num(s->hours)), numberCell(s->waitDays, num(s->waitDays))};
    }
    return t;
}

Table Builder::toBeTable(const Procedure *owner, const Process &p) const
{
    // Hours and waiting days side by side: the days figure of Phụ lục IV adds waiting + hours / 8.
    Table t = table({5, 22, 15, 8, 8, 21, 21},
                    {QStringLiteral("TT"), QStringLiteral("Bước thực hiện"), QStringLiteral("Chủ thể thực hiện"),
                     QStringLiteral("Thời gian (giờ)"), QStringLiteral("Thời gian chờ (ngày làm việc)"),
                     QStringLiteral("Hệ thống thông tin sử dụng"), QStringLiteral("Hồ sơ, giấy tờ")});
    int n = 0;
    for (const Step *s : workSteps(p)) {
        const Lane *lane = p.lane(s->lane);
        QString stepText = s->name;
        if (!s->description.isEmpty())
            stepText += u'\n' + s->description;
        t.rows << QList<Cell>{cell(QString::number(++n), Align::Center), cell(stepText), cell(lane ? lane->name : s->lane),
                              numberCell(s->hours, num(s->hours)), numberCell(s->waitDays, num(s->waitDays)),
                              cell(systemNames(s->systems)), cell(documentNames(owner, s->documents))};
    }
    return t;
}

Status Builder::appendixI(Section &s)
{
    appendixTitle(s, 0, QStringLiteral("SƠ ĐỒ TỔNG THỂ VÀ TRÁCH NHIỆM CỦA CÁC CHỦ THỂ\nTRONG QUY TRÌNH THỰC HIỆN HIỆN TẠI"));
    s.blocks << heading(QStringLiteral("1. Sơ đồ tổng thể quy trình thực hiện hiện tại"));
    if (m_group) {
        if (Status st = chart(s, m_target.ref(Which::AsIs),
                              QStringLiteral("Hình 1. Sơ đồ tổng thể nhóm thủ tục “%1” (hiện tại)").arg(m_group->name));
            !st)
            return st;
    }
    int fig = m_group ? 1 : 0;
    for (const Procedure *p : m_members) {
        if (p->asIs.steps.isEmpty())
            continue;
        if (Status st = chart(s, ProcessRef::procedure(p->code, Which::AsIs),
                              QStringLiteral("Hình %1. Sơ đồ quy trình thủ tục “%2” (hiện tại)").arg(++fig).arg(p->name));
            !st)
            return st;
    }
    s.blocks << heading(QStringLiteral("2. Trách nhiệm và nội dung công việc của từng chủ thể"));
    for (int i = 0; i < m_members.size(); ++i) {
        if (m_group)
            s.blocks << heading(QStringLiteral("Thủ tục số %1: %2").arg(i + 1).arg(m_members[i]->name), 2);
        s.blocks << dutiesTable(m_members[i]->asIs);
    }
    return success();
}

void Builder::appendixII(Section &s)
{
    appendixTitle(s, 1, QStringLiteral("KẾT QUẢ PHÂN TÍCH, ĐÁNH GIÁ THEO CÁC TIÊU CHÍ TÁI CẤU TRÚC"));
    s.blocks << heading(QStringLiteral("1. Các hệ thống, cơ sở dữ liệu liên quan"));
    Table sys = table({5, 34, 18, 22, 21},
                      {QStringLiteral("TT"), QStringLiteral("Hệ thống, cơ sở dữ liệu"), QStringLiteral("Loại"),
                       QStringLiteral("Cơ quan quản lý"), QStringLiteral("Mức độ sẵn sàng")});
    sys.sheetName = QStringLiteral("Hệ thống liên quan"); // issue 13: Phụ lục II's first table in the workbook too
    int n = 0;
    for (const System *x : relatedSystems(m_ws, m_members, m_group)) {
        QString readiness = readinessText(x->readiness);
        if (x->readiness == Readiness::None || x->readiness == Readiness::Building)
            readiness += QStringLiteral(" → đề nghị xây dựng, hoàn thiện");
        if (!x->note.isEmpty())
            readiness += u'\n' + x->note;
        sys.rows << QList<Cell>{cell(QString::number(++n), Align::Center), cell(x->name), cell(systemKindText(x->kind)),
                                cell(x->owner), cell(readiness)};
    }
    if (n == 0)
        s.blocks << para(QStringLiteral("Không có hệ thống, cơ sở dữ liệu nào được liên kết với các bước."));
    else
        s.blocks << sys;

    // Seed 003's table: TT | Tên bước | Kết quả phân tích theo tiêu chí (four columns).
    s.blocks << heading(QStringLiteral("2. Phân tích theo các tiêu chí tái cấu trúc"));
    Table t;
    t.columnWeights = {5, 23, 18, 18, 18, 18};
    t.fontPt = tablePt;
    t.headerRows = 2;
    t.sheetName = QStringLiteral("Phân tích tiêu chí");
    Cell tt = headerCell(QStringLiteral("TT"));
    tt.rowSpan = 2;
    Cell stepName = headerCell(QStringLiteral("Tên bước\n(phương án đề xuất)"));
    stepName.rowSpan = 2;
    Cell result = headerCell(QStringLiteral("Kết quả phân tích theo tiêu chí"));
    result.colSpan = 4;
    t.rows << QList<Cell>{tt, stepName, result, Cell::coveredCell(), Cell::coveredCell(), Cell::coveredCell()};
    t.rows << QList<Cell>{Cell::coveredCell(), Cell::coveredCell(),
                          headerCell(QStringLiteral("Kết nối, chia sẻ dữ liệu và số hóa hồ sơ")),
                          headerCell(QStringLiteral("Liên thông điện tử")),
                          headerCell(QStringLiteral("Hiệu quả của hệ thống")),
                          headerCell(QStringLiteral("Hiệu năng của hệ thống"))};
    for (int i = 0; i < m_members.size(); ++i) {
        const Procedure *p = m_members[i];
        if (m_group)
            t.rows << sectionRow(QStringLiteral("Thủ tục số %1: %2").arg(i + 1).arg(p->name), 6);
        int k = 0;
        for (const Step *st : workSteps(p->asIs)) {
            // Issue 13: the action decided for the step, under its name — seed 003's six
            // columns stay as they are.
            const StepAnalysis *a = p->analysisFor(st->id);
            const QString name = a ? QStringLiteral("%1\n(%2)").arg(st->name, proposedAction(*p, *a)) : st->name;
            t.rows << QList<Cell>{cell(QString::number(++k), Align::Center), cell(name),
                                  cell(a ? a->dataSharing : QString()), cell(a ? a->interconnection : QString()),
                                  cell(a ? a->efficiency : QString()), cell(a ? a->performance : QString())};
        }
    }
    s.blocks << t;
}

Status Builder::appendixIII(Section &s)
{
    appendixTitle(s, 2, QStringLiteral("QUY TRÌNH ĐIỆN TỬ SAU TÁI CẤU TRÚC"));
    s.blocks << heading(QStringLiteral("1. Sơ đồ quy trình điện tử"));
    int fig = 0;
    if (m_group && !m_group->toBe.steps.isEmpty()) {
        if (Status st = chart(s, m_target.ref(Which::ToBe),
                              QStringLiteral("Hình %1. Quy trình điện tử nhóm thủ tục “%2”").arg(++fig).arg(m_group->name));
            !st)
            return st;
    }
    for (const Procedure *p : m_members) {
        if (p->toBe.steps.isEmpty() || isCut(m_group, *p))
            continue;
        if (Status st = chart(s, ProcessRef::procedure(p->code, Which::ToBe),
                              QStringLiteral("Hình %1. Quy trình điện tử thủ tục “%2”").arg(++fig).arg(p->name));
            !st)
            return st;
    }
    s.blocks << heading(QStringLiteral("2. Các bước của quy trình điện tử"));
    // A group: its overall nodes, then every member's own e-steps (the overall nodes alone
    // said "0 giờ"); a member the analysis cuts is named as cut.
    if (m_group && !m_group->toBe.steps.isEmpty()) {
        s.blocks << heading(QStringLiteral("Quy trình tổng thể của nhóm thủ tục"), 2);
        s.blocks << toBeTable(nullptr, m_group->toBe);
    }
    for (int i = 0; i < m_members.size(); ++i) {
        const Procedure *p = m_members[i];
        if (m_group)
            s.blocks << heading(QStringLiteral("Thủ tục số %1: %2").arg(i + 1).arg(p->name), 2);
        if (isCut(m_group, *p)) {
            s.blocks << para(QStringLiteral("Cắt giảm thủ tục hành chính này theo kết quả phân tích tại Phụ lục II; không xây "
                                            "dựng quy trình điện tử."));
            continue;
        }
        if (p->toBe.steps.isEmpty())
            continue;
        s.blocks << toBeTable(p, p->toBe);
    }
    return success();
}

void Builder::appendixIV(Section &s)
{
    appendixTitle(s, 3, QStringLiteral("ĐÁNH GIÁ HIỆU QUẢ SAU TÁI CẤU TRÚC"));
    const Reductions red = m_group ? ReductionRules::forGroup(m_ws, *m_group) : ReductionRules::forProcedure(m_ws, *m_members[0]);
    const ComplianceCost cost =
        m_group ? ComplianceCostRules::forGroup(m_ws, *m_group) : ComplianceCostRules::forProcedure(m_ws, *m_members[0]);

    s.blocks << heading(QStringLiteral("1. Các chỉ số cắt giảm"));
    Table ind = table({40, 15, 15, 15, 15},
                      {QStringLiteral("Chỉ số"), QStringLiteral("Hiện tại"), QStringLiteral("Sau tái cấu trúc"),
                       QStringLiteral("Thay đổi"), QStringLiteral("Tỷ lệ thay đổi")});
    ind.sheetName = QStringLiteral("Chỉ số cắt giảm"); // issue 13: the reduction indicators in the workbook too
    QStringList categories;
    QList<double> asIs, toBe;
    for (const Indicator &i : red.indicators) {
        ind.rows << QList<Cell>{cell(indicatorText(i.key)), numberCell(i.asIs, num(i.asIs)),
                                numberCell(i.toBe, num(i.toBe)), numberCell(i.change(), num(i.change())),
                                percentCell(i.toBe - i.asIs, i.asIs)};
        categories << indicatorText(i.key);
        asIs << i.asIs;
        toBe << i.toBe;
    }
    s.blocks << ind;
    if (const Indicator *days = red.find(QStringLiteral("processingDays")); days && red.statutoryDays > 0) {
        const auto verdict = [&](double v) {
            return v <= red.statutoryDays ? QStringLiteral("trong thời hạn") : QStringLiteral("vượt thời hạn");
        };
        Paragraph statutory = para(QStringLiteral("Thời hạn giải quyết theo quy định: %1 ngày làm việc; thời gian giải quyết "
                                                  "hiện tại %2 ngày (%3), sau tái cấu trúc %4 ngày (%5).")
                                       .arg(num(red.statutoryDays), num(days->asIs), verdict(days->asIs), num(days->toBe),
                                            verdict(days->toBe)));
        statutory.firstLineIndentPt = indentPt;
        s.blocks << statutory;
    }

    // The compliance cost (Thông tư 02/2017/TT-VPCP, Điều 27).
    s.blocks << heading(QStringLiteral("2. Chi phí tuân thủ thủ tục hành chính"));
    Table ev = table({37, 16, 16, 16, 15},
                     {QStringLiteral("Nội dung"), QStringLiteral("Hiện tại"), QStringLiteral("Sau tái cấu trúc"),
                      QStringLiteral("Tiết kiệm"), QStringLiteral("Tỷ lệ tiết kiệm")});
    ev.sheetName = QStringLiteral("Đánh giá hiệu quả");
    auto row = [&](const QString &label, double a, double b, bool isMoney) {
        const double saved = a - b;
        auto fmt = [&](double v) { return isMoney ? money(v) : num(v); };
        ev.rows << QList<Cell>{cell(label), numberCell(a, fmt(a)), numberCell(b, fmt(b)), numberCell(saved, fmt(saved)),
                               percentCell(saved, a)};
    };
    auto section = [&](const QString &text) { ev.rows << sectionRow(text, 5); };
    const CostFigures a = cost.asIsPerDossier, b = cost.toBePerDossier;
    section(QStringLiteral("Một hồ sơ"));
    row(QStringLiteral("Thời gian của người dân, doanh nghiệp (giờ)"), a.applicantHours, b.applicantHours, false);
    row(QStringLiteral("Thời gian của cơ quan giải quyết (giờ)"), a.agencyHours, b.agencyHours, false);
    row(QStringLiteral("Chi phí thời gian của người dân, doanh nghiệp (đồng)"), a.applicantVnd, b.applicantVnd, true);
    row(QStringLiteral("Phí, lệ phí (đồng)"), a.feesVnd, b.feesVnd, true);
    row(QStringLiteral("Chi phí trực tiếp khác (đồng)"), a.directVnd, b.directVnd, true);
    row(QStringLiteral("Chi phí tuân thủ của người dân, doanh nghiệp (đồng)"), a.applicantTotalVnd(), b.applicantTotalVnd(), true);
    row(QStringLiteral("Chi phí của cơ quan giải quyết, tính riêng (đồng)"), a.agencyVnd, b.agencyVnd, true);
    const CostFigures ya = cost.asIsPerYear(), yb = cost.toBePerYear();
    section(QStringLiteral("Một năm (%1 hồ sơ)").arg(num(cost.annualVolume)));
    row(QStringLiteral("Chi phí tuân thủ của người dân, doanh nghiệp (đồng)"), ya.applicantTotalVnd(), yb.applicantTotalVnd(), true);
    row(QStringLiteral("Chi phí của cơ quan giải quyết, tính riêng (đồng)"), ya.agencyVnd, yb.agencyVnd, true);
    s.blocks << ev;

    const CostFigures saved = cost.savingPerYear();
    Paragraph summary = para(
        QStringLiteral("Sau tái cấu trúc, mỗi năm tiết kiệm %1 chi phí tuân thủ của người dân, doanh nghiệp; chi phí của cơ "
                       "quan giải quyết, tính riêng và không cộng vào chi phí tuân thủ, giảm %2.")
            .arg(VnFormat::money(saved.applicantTotalVnd()), VnFormat::money(saved.agencyVnd)));
    summary.firstLineIndentPt = indentPt;
    s.blocks << summary;
    QString rates = QStringLiteral("Cách tính: chi phí tuân thủ theo Điều 27 Thông tư số 02/2017/TT-VPCP; thời gian của người "
                                   "dân tính theo thu nhập %1 đồng/giờ, thời gian của cơ quan giải quyết tính theo %2 đồng/giờ; "
                                   "số giờ làm tròn đến hai chữ số thập phân, số tiền làm tròn đến đồng một lần cho mỗi hồ "
                                   "sơ, chi phí một năm bằng chi phí một hồ sơ nhân với số hồ sơ; một bước trong vòng bổ "
                                   "sung hồ sơ được tính theo tỷ lệ hồ sơ phải bổ sung.")
                        .arg(cost.hourlyIncomeVnd > 0 ? num(cost.hourlyIncomeVnd) : QStringLiteral("riêng của từng thủ tục"),
                             cost.agencyHourlyCostVnd > 0 ? num(cost.agencyHourlyCostVnd)
                                                          : QStringLiteral("riêng của từng thủ tục"));
    Paragraph how = para(rates, Align::Justify, 12, false, true);
    how.firstLineIndentPt = indentPt;
    s.blocks << how;

    s.blocks << heading(QStringLiteral("3. Biểu đồ so sánh"));
    const QColor asIsColor(0x9E, 0x9E, 0x9E), toBeColor(0x1F, 0x6F, 0xB2);
    BarChartSpec indicators;
    indicators.title = QStringLiteral("Các chỉ số trước và sau tái cấu trúc");
    indicators.categories = categories;
    indicators.series = {{QStringLiteral("Hiện tại"), asIs, asIsColor}, {QStringLiteral("Sau tái cấu trúc"), toBe, toBeColor}};
    indicators.valueLabel = [](double v) { return num(v); };
    indicators.size = QSizeF(700, 205);
    indicators.caption = QStringLiteral("Biểu đồ 1. Các chỉ số cắt giảm");
    QStringList alt;
    for (int i = 0; i < categories.size(); ++i)
        alt << QStringLiteral("%1: %2 → %3").arg(categories[i], num(asIs[i]), num(toBe[i]));
    indicators.altText = QStringLiteral("Biểu đồ cột so sánh các chỉ số hiện tại và sau tái cấu trúc. ") + alt.join(QStringLiteral("; "));
    s.blocks << report::barChart(indicators);

    BarChartSpec costs;
    costs.title = QStringLiteral("Chi phí một năm (triệu đồng)");
    costs.categories = {QStringLiteral("Chi phí tuân thủ của người dân, doanh nghiệp"),
                        QStringLiteral("Chi phí của cơ quan giải quyết (tính riêng)")};
    costs.series = {{QStringLiteral("Hiện tại"), {ya.applicantTotalVnd() / 1e6, ya.agencyVnd / 1e6}, asIsColor},
                    {QStringLiteral("Sau tái cấu trúc"), {yb.applicantTotalVnd() / 1e6, yb.agencyVnd / 1e6}, toBeColor}};
    costs.valueLabel = [](double v) { return num(v, 0); };
    costs.size = QSizeF(700, 205);
    costs.caption = QStringLiteral("Biểu đồ 2. Chi phí một năm");
    costs.altText = QStringLiteral("Biểu đồ cột chi phí một năm, triệu đồng: chi phí tuân thủ của người dân, doanh nghiệp "
                                   "%1 → %2; chi phí của cơ quan giải quyết, tính riêng, %3 → %4.")
                        .arg(num(ya.applicantTotalVnd() / 1e6, 0), num(yb.applicantTotalVnd() / 1e6, 0),
                             num(ya.agencyVnd / 1e6, 0), num(yb.agencyVnd / 1e6, 0));
    s.blocks << report::barChart(costs);
}

Result<report::Document> Builder::build()
{
    report::Document doc;
    doc.title = QStringLiteral("Dự thảo Quyết định phê duyệt phương án tái cấu trúc quy trình – %1").arg(name());
    doc.subject = m_text.subject;
    doc.author = m_text.issuingBody.join(u' ');

    Section decisionSection;
    decision(decisionSection);
    doc.sections << decisionSection;

    Section i{true, {}};
    if (Status s = appendixI(i); !s)
        return Result<report::Document>::failure(s.error());
    doc.sections << i;
    Section ii{true, {}};
    appendixII(ii);
    doc.sections << ii;
    Section iii{true, {}};
    if (Status s = appendixIII(iii); !s)
        return Result<report::Document>::failure(s.error());
    doc.sections << iii;
    Section iv{true, {}};
    appendixIV(iv);
    doc.sections << iv;
    return doc;
}

} // namespace

QString DossierBuilder::fileStem(const DossierTarget &target)
{
    QString id = target.id;
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    // Two ids that differ only where characters were replaced ("a/b", "a_b", "a b") would
    // share a file and the second would overwrite the first: a replaced id carries a short
    // hash of the original, so every id has a file name of its own.
    if (id != target.id)
        id += u'-' + QString::fromLatin1(QCryptographicHash::hash(target.id.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return QStringLiteral("Ho-so-") + id;
}

Status DossierBuilder::check(const Workspace &ws, const DossierTarget &target)
{
    const bool group = target.kind == DossierTarget::Kind::Group;
    if (group ? !ws.group(target.id) : !ws.procedure(target.id))
        return Status::failure(group ? tr("The workspace has no group “%1”.").arg(target.id)
                                     : tr("The workspace has no procedure “%1”.").arg(target.id));
    const QList<const Procedure *> members = membersOf(ws, target);
    if (group) {
        const ProcedureGroup *g = ws.group(target.id);
        for (const QString &code : g->members)
            if (!ws.procedure(code))
                return Status::failure(tr("Group “%1”: the member procedure “%2” is not in the workspace.").arg(target.id, code));
    }
    bool anyToBe = group && !ws.group(target.id)->toBe.steps.isEmpty();
    for (const Procedure *p : members) {
        if (p->asIs.steps.isEmpty())
            return Status::failure(tr("%1: the procedure has no as-is chart yet; draw it before exporting the dossier.")
                                       .arg(p->code));
        anyToBe = anyToBe || !p->toBe.steps.isEmpty();
    }
    if (!anyToBe)
        return Status::failure(tr("%1: there is no e-process yet; generate it (Process › Generate e-process, "
                                  "Ctrl+Shift+G) before exporting the dossier.")
                                   .arg(target.id));
    return success();
}

Result<QHash<QString, QStringList>> DossierBuilder::placeholderValues(const Workspace &ws, const DossierTarget &target,
                                                                      const DossierSettings &settings, const QDate &today)
{
    using R = Result<QHash<QString, QStringList>>;
    const QList<const Procedure *> members = membersOf(ws, target);
    const ProcedureGroup *group = target.kind == DossierTarget::Kind::Group ? ws.group(target.id) : nullptr;
    if (members.isEmpty())
        return R::failure(tr("The workspace has no procedure or group “%1”.").arg(target.id));
    const Review review = group ? group->review : members[0]->review;

    QHash<QString, QStringList> v;
    v[QStringLiteral("issuing_body")] = {settings.issuingBody};
    v[QStringLiteral("issuing_body_inline")] = {settings.issuingBodyName};
    v[QStringLiteral("authority_title")] = {settings.authorityTitle()};
    v[QStringLiteral("issuer_inline")] = {settings.issuerInline()};
    v[QStringLiteral("number_suffix")] = {settings.numberSuffix.isEmpty() ? QStringLiteral("QĐ-UBND") : settings.numberSuffix};
    v[QStringLiteral("decision_number")] = {review.decisionNo.isEmpty() ? QStringLiteral("      ") : review.decisionNo};
    v[QStringLiteral("place")] = {settings.place};
    v[QStringLiteral("date_long")] = {review.decisionDate.isValid()
                                          ? VnFormat::longDate(review.decisionDate)
                                          : QStringLiteral("ngày      tháng      năm %1").arg(today.year())};
    v[QStringLiteral("year")] = {QString::number(review.decisionDate.isValid() ? review.decisionDate.year() : today.year())};
    QStringList names, codes, agencies, bases;
    for (const Procedure *p : members) {
        names << QStringLiteral("“%1”").arg(p->name);
        codes << p->code;
        if (!p->agency.isEmpty() && !agencies.contains(p->agency))
            agencies << p->agency;
        for (QString b : p->legalBasis) {
            b = b.trimmed();
            if (b.isEmpty())
                continue;
            if (!b.startsWith(QStringLiteral("Căn cứ")))
                b = QStringLiteral("Căn cứ ") + b;
            if (!b.endsWith(u';') && !b.endsWith(u'.'))
                b += u';';
            if (!bases.contains(b))
                bases << b;
        }
    }
    QStringList kept, cut;
    for (const Procedure *p : members)
        (isCut(group, *p) ? cut : kept) << QStringLiteral("“%1”").arg(p->name);
    v[QStringLiteral("subject_target")] = {
        !group ? QStringLiteral("thủ tục hành chính “%1” (mã %2)").arg(members[0]->name, members[0]->code)
        : cut.isEmpty()
            ? QStringLiteral("nhóm thủ tục hành chính liên thông “%1” (gồm các thủ tục %2)").arg(group->name, joinNames(names))
            : QStringLiteral("nhóm thủ tục hành chính liên thông “%1” (gồm các thủ tục %2; cắt giảm thủ tục %3)")
                  .arg(group->name, joinNames(kept), joinNames(cut))};
    v[QStringLiteral("procedure_names")] = {joinNames(names)};
    v[QStringLiteral("procedure_codes")] = {codes.join(QStringLiteral(", "))};
    QStringList spelled, heads;
    for (const QString &a : agencies) {
        spelled << spelledOut(a);
        heads << headTitle(a);
    }
    v[QStringLiteral("agency")] = {joinNames(spelled)};
    // Followed by "và các cơ quan, đơn vị …" in the template: joined with commas only, so the
    // sentence has one "và".
    v[QStringLiteral("agency_heads")] = {heads.join(QStringLiteral(", "))};
    v[QStringLiteral("procedure_legal_basis")] = bases;
    v[QStringLiteral("city_plan")] = {settings.cityPlan};
    v[QStringLiteral("proposer")] = {settings.proposer};
    v[QStringLiteral("appendices")] = {QStringLiteral(
        "Phụ lục I (sơ đồ tổng thể và trách nhiệm của các chủ thể trong quy trình hiện tại), Phụ lục II (kết quả phân "
        "tích, đánh giá theo các tiêu chí tái cấu trúc), Phụ lục III (quy trình điện tử sau tái cấu trúc) và Phụ lục IV "
        "(đánh giá hiệu quả)")};
    QStringList systems;
    for (const System *s : relatedSystems(ws, members, group))
        systems << (s->readiness == Readiness::Building || s->readiness == Readiness::None
                        ? QStringLiteral("%1 (%2)").arg(s->name, readinessText(s->readiness).toLower())
                        : s->name);
    v[QStringLiteral("systems_to_build")] = {joinNames(systems)};
    // Điều 2.2 pilots on the portal the analysis chose (a portal among the systems of the
    // analysis rows and of the e-process steps), else on the city's own one-stop system.
    QSet<QString> chosen;
    const auto choose = [&chosen](const Process &toBe, const QList<StepAnalysis> &rows) {
        for (const Step &st : toBe.steps)
            for (const QString &id : st.systems)
                chosen.insert(id);
        for (const StepAnalysis &a : rows)
            for (const QString &id : a.systems)
                chosen.insert(id);
    };
    for (const Procedure *p : members)
        if (!isCut(group, *p))
            choose(p->toBe, p->analysis);
    if (group)
        choose(group->toBe, group->analysis);
    QStringList portals;
    for (const System &sys : ws.systems)
        if (sys.kind == SystemKind::Portal && chosen.contains(sys.id))
            portals << sys.name;
    v[QStringLiteral("pilot_system")] = {portals.isEmpty()
                                             ? QStringLiteral("Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố")
                                             : joinNames(portals)};
    v[QStringLiteral("signer_authority")] = {settings.signerAuthority()};
    v[QStringLiteral("signer_capacity")] = {settings.signerCapacity()};
    v[QStringLiteral("signer_title")] = {settings.signerTitle()};
    v[QStringLiteral("signer_name")] = {settings.signerName};
    v[QStringLiteral("recipients")] = settings.recipients;
    return v;
}

QString DossierBuilder::missingSettings(const DossierSettings &settings)
{
    const std::pair<const QString *, QString> required[] = {
        {&settings.issuingBody, tr("the issuing body (issuingBody)")},
        {&settings.issuingBodyName, tr("its name in a sentence (issuingBodyName)")},
        {&settings.place, tr("the place (place)")},
        {&settings.proposer, tr("who proposes (proposer)")},
        {&settings.signerName, tr("the signer's name (signerName)")},
    };
    QStringList missing;
    for (const auto &[value, label] : required)
        if (value->trimmed().isEmpty())
            missing << label;
    if (missing.isEmpty())
        return {};
    return tr("The dossier settings lack %1. Fill them in under File › Dossier settings…, or on the command line: "
              "tthc-studio settings --workspace W.tthc --set KEY=VALUE, with the keys in brackets.")
        .arg(missing.join(QStringLiteral("; ")));
}

Result<report::Document> DossierBuilder::build(const Workspace &ws, const DossierTarget &target,
                                       const DecisionTemplate &decisionTemplate, const DossierSettings &settings,
                                       const ChartSource &charts, const QDate &today)
{
    if (const QString missing = missingSettings(settings); !missing.isEmpty())
        return Result<report::Document>::failure(missing);
    if (Status s = check(ws, target); !s)
        return Result<report::Document>::failure(s.error());
    auto values = placeholderValues(ws, target, settings, today);
    if (!values)
        return Result<report::Document>::failure(values.error());
    auto text = decisionTemplate.expand(values.value());
    if (!text)
        return Result<report::Document>::failure(text.error());
    return Builder(ws, target, text.value(), charts).build();
}

} // namespace tthc
