#include "cli.h"
#include "atomicfile.h"

#include "derivation.h"
#include "diagramexport.h"
#include "diagramgeometry.h"
#include "layoutclient.h"
#include "processscene.h"
#include "reductions.h"
#include "simulator.h"
#include "tthcjson.h"
#include "validator.h"
#include "vnformat.h"
#include "workspacemodel.h"

#include "dossierbuilder.h"
#include "dossierexporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

namespace tthc {

namespace {

const QStringList subcommands{QStringLiteral("import"), QStringLiteral("export-json"), QStringLiteral("validate"),
                               QStringLiteral("export-diagram"), QStringLiteral("derive"), QStringLiteral("reductions"),
                               QStringLiteral("simulate"), QStringLiteral("dossier"), QStringLiteral("settings")};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// Parses the options of one subcommand; on error prints it and the usage.
bool parse(QCommandLineParser &parser, const QStringList &args, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n' << CommandLine::usage();
        return false;
    }
    return true;
}

QCommandLineOption workspaceOption()
{
    return QCommandLineOption({QStringLiteral("w"), QStringLiteral("workspace")},
                              CommandLine::tr("The workspace file (*.tthc)."), QStringLiteral("W.tthc"));
}

// --procedure CODE and --group ID, for the commands that take either.
QCommandLineOption procedureOption()
{
    return QCommandLineOption({QStringLiteral("p"), QStringLiteral("procedure")}, CommandLine::tr("The procedure code."),
                              QStringLiteral("CODE"));
}

QCommandLineOption groupOption()
{
    return QCommandLineOption({QStringLiteral("g"), QStringLiteral("group")}, CommandLine::tr("The group id."),
                              QStringLiteral("ID"));
}

int printFindings(const QList<Finding> &findings, const QString &source, QTextStream &out)
{
    for (const Finding &f : findings)
        out << source << ": " << Validator::formatLine(f) << '\n';
    const int errors = Validator::count(findings, Severity::Error);
    const int warnings = Validator::count(findings, Severity::Warning);
    out << CommandLine::tr("%1: %2 error(s), %3 warning(s).").arg(source).arg(errors).arg(warnings) << '\n';
    return errors > 0 ? Failed : Ok;
}

int importCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addPositionalArgument(QStringLiteral("FILE.json"), CommandLine::tr("The tthc-json file to import."));
    if (!parse(parser, args, err))
        return Usage;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1 || !parser.isSet(QStringLiteral("workspace"))) {
        err << CommandLine::tr("import needs one FILE.json and --workspace W.tthc.") << '\n';
        return Usage;
    }
    const QString file = files.first();
    const TthcJson::ReadResult read = TthcJson::importFile(file);
    if (!read.ok()) {
        err << read.describe(file) << '\n'
            << CommandLine::tr("Nothing was imported: %n problem(s) in %1.", nullptr, int(read.problems.size())).arg(file)
            << '\n';
        return Failed;
    }
    const QString wsPath = parser.value(QStringLiteral("workspace"));
    WorkspaceModel model;
    Status s = QFileInfo::exists(wsPath) ? model.open(wsPath) : model.create(wsPath);
    if (s)
        s = model.merge(read.workspace);
    if (!s) {
        err << s.error() << '\n';
        return Failed;
    }
    out << CommandLine::tr("Imported %1 procedure(s), %2 group(s) and %3 system(s) from %4 into %5.")
               .arg(read.workspace.procedures.size())
               .arg(read.workspace.groups.size())
               .arg(read.workspace.systems.size())
               .arg(file, wsPath)
        << '\n';
    return Ok;
}

int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({{QStringLiteral("p"), QStringLiteral("procedure")},
                      CommandLine::tr("Export only this procedure or group (with its members and systems)."),
                      QStringLiteral("CODE")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CommandLine::tr("The file to write."),
                      QStringLiteral("FILE.json")});
    if (!parse(parser, args, err))
        return Usage;
    if (!parser.isSet(QStringLiteral("workspace")) || !parser.isSet(QStringLiteral("output"))) {
        err << CommandLine::tr("export-json needs --workspace W.tthc and -o FILE.json.") << '\n';
        return Usage;
    }
    // Writing the JSON over the workspace itself would destroy it.
    const QFileInfo target(parser.value(QStringLiteral("output"))), source(parser.value(QStringLiteral("workspace")));
    if (target.exists() && target.canonicalFilePath() == source.canonicalFilePath()) {
        err << CommandLine::tr("The output file “%1” is the workspace itself; choose another file name.")
                   .arg(parser.value(QStringLiteral("output")))
            << '\n';
        return Usage;
    }
    WorkspaceModel model;
    if (Status s = model.open(parser.value(QStringLiteral("workspace")), WorkspaceDb::Access::ReadOnly); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    Workspace ws = model.workspace();
    if (parser.isSet(QStringLiteral("procedure"))) {
        const QString code = parser.value(QStringLiteral("procedure"));
        auto part = TthcJson::extract(ws, code);
        if (!part) {
            err << CommandLine::tr("The workspace has no procedure or group “%1”.").arg(code) << '\n';
            return Failed;
        }
        ws = *part;
    }
    const QString outPath = parser.value(QStringLiteral("output"));
    if (Status s = AtomicFile::write(outPath, TthcJson::write(ws)); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    out << CommandLine::tr("Exported %1 procedure(s) and %2 group(s) to %3.")
               .arg(ws.procedures.size())
               .arg(ws.groups.size())
               .arg(outPath)
        << '\n';
    return Ok;
}

int validateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addPositionalArgument(QStringLiteral("FILE.json"), CommandLine::tr("A tthc-json file to check."));
    if (!parse(parser, args, err))
        return Usage;
    const QStringList files = parser.positionalArguments().mid(1);
    const bool hasWorkspace = parser.isSet(QStringLiteral("workspace"));
    if (files.size() + (hasWorkspace ? 1 : 0) != 1) {
        err << CommandLine::tr("validate needs either FILE.json or --workspace W.tthc.") << '\n';
        return Usage;
    }
    if (hasWorkspace) {
        const QString path = parser.value(QStringLiteral("workspace"));
        WorkspaceModel model;
        if (Status s = model.open(path, WorkspaceDb::Access::ReadOnly); !s) {
            err << s.error() << '\n';
            return Failed;
        }
        // The file itself first: a damaged index is found only by the full check.
        if (Status s = model.integrity(); !s) {
            err << s.error() << '\n';
            return Failed;
        }
        return printFindings(Validator::validate(model.workspace()), path, out);
    }
    const QString file = files.first();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << CommandLine::tr("Cannot read “%1”: %2").arg(file, f.errorString()) << '\n';
        return Failed;
    }
    const TthcJson::ReadResult read = TthcJson::read(f.readAll());
    if (!read.ok()) {
        out << read.describe(file) << '\n'
            << CommandLine::tr("%1: %n structural error(s); the file cannot be imported.", nullptr,
                               int(read.problems.size()))
                   .arg(file)
            << '\n';
        return Failed;
    }
    return printFindings(Validator::validate(read.workspace), file, out);
}

int exportDiagramCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({{QStringLiteral("p"), QStringLiteral("procedure")}, CommandLine::tr("The procedure code or group id."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("which"), CommandLine::tr("asis (the current chart) or tobe (the e-process)."),
                      QStringLiteral("asis|tobe")});
    parser.addOption({QStringLiteral("svg"), CommandLine::tr("Write an SVG drawing."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("png"), CommandLine::tr("Write a PNG picture."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("pdf"), CommandLine::tr("Write a vector PDF."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dpi"), CommandLine::tr("Resolution of the PNG (default 150)."), QStringLiteral("N"),
                      QStringLiteral("150")});
    if (!parse(parser, args, err))
        return Usage;
    const QStringList formats{QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")};
    QString format;
    for (const QString &f : formats)
        if (parser.isSet(f))
            format = format.isEmpty() ? f : QStringLiteral("*");
    const QString which = parser.value(QStringLiteral("which"));
    if (!parser.isSet(QStringLiteral("workspace")) || !parser.isSet(QStringLiteral("procedure"))
        || (which != QLatin1String("asis") && which != QLatin1String("tobe")) || format.isEmpty() || format == u'*') {
        err << CommandLine::tr("export-diagram needs --workspace W.tthc, --procedure CODE, --which asis|tobe and one "
                               "of --svg FILE, --png FILE or --pdf FILE.")
            << '\n';
        return Usage;
    }
    bool dpiOk = false;
    const int dpi = parser.value(QStringLiteral("dpi")).toInt(&dpiOk);
    if (!dpiOk) {
        err << CommandLine::tr("--dpi needs a whole number.") << '\n';
        return Usage;
    }
    WorkspaceModel stored;
    if (Status s = stored.open(parser.value(QStringLiteral("workspace")), WorkspaceDb::Access::ReadOnly); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    const QString id = parser.value(QStringLiteral("procedure"));
    const Which w = which == QLatin1String("asis") ? Which::AsIs : Which::ToBe;
    const ProcessRef ref = stored.group(id) ? ProcessRef::group(id, w) : ProcessRef::procedure(id, w);
    const Process *process = stored.process(ref);
    if (!process) {
        err << CommandLine::tr("The workspace has no procedure or group “%1”.").arg(id) << '\n';
        return Failed;
    }
    if (process->steps.isEmpty()) {
        err << CommandLine::tr("The %1 chart of “%2” has no steps yet.")
                   .arg(w == Which::AsIs ? CommandLine::tr("as-is") : CommandLine::tr("e-process"), id)
            << '\n';
        return Failed;
    }
    // Work on a copy in memory: exporting never changes the workspace file.
    WorkspaceModel model;
    (void)model.replaceAll(stored.workspace());
    if (process->layout.isEmpty()) {
        LayoutClient client;
        LayoutOptions options;
        options.laneHeader = DiagramMetrics::laneHeader;
        auto geometry = client.layout(*process, options);
        if (!geometry) {
            err << geometry.error() << '\n';
            return Failed;
        }
        Process laidOut = *process;
        laidOut.layout = geometry.value().toJson();
        (void)model.setProcess(ref, laidOut);
    }
    QUndoStack undo;
    ProcessScene scene(&model, &undo);
    scene.setProcess(ref);
    const QString file = parser.value(format);
    const QString title = QStringLiteral("%1 — %2").arg(id, w == Which::AsIs ? CommandLine::tr("as-is") : CommandLine::tr("e-process"));
    const Status s = format == QLatin1String("svg")   ? DiagramExport::svg(scene, file, title)
                     : format == QLatin1String("png") ? DiagramExport::png(scene, file, dpi)
                                                      : DiagramExport::pdf(scene, file, title);
    if (!s) {
        err << s.error() << '\n';
        return Failed;
    }
    out << CommandLine::tr("Wrote %1.").arg(file) << '\n';
    return Ok;
}


int deriveCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({{QStringLiteral("p"), QStringLiteral("procedure")}, CommandLine::tr("The procedure code or group id."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("force"), CommandLine::tr("Replace an e-process that was edited by hand.")});
    if (!parse(parser, args, err))
        return Usage;
    if (!parser.isSet(QStringLiteral("workspace")) || !parser.isSet(QStringLiteral("procedure"))) {
        err << CommandLine::tr("derive needs --workspace W.tthc and --procedure CODE.") << '\n';
        return Usage;
    }
    WorkspaceModel model;
    if (Status s = model.open(parser.value(QStringLiteral("workspace"))); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    const QString id = parser.value(QStringLiteral("procedure"));
    const Workspace &ws = model.workspace();
    const ProcedureGroup *group = ws.group(id);
    const Procedure *procedure = group ? nullptr : ws.procedure(id);
    if (!group && !procedure) {
        err << CommandLine::tr("The workspace has no procedure or group “%1”.").arg(id) << '\n';
        return Failed;
    }
    QStringList notes;
    auto derived = group ? Derivation::deriveToBe(ws, *group, &notes) : Derivation::deriveToBe(ws, *procedure, &notes);
    if (!derived) {
        err << derived.error() << '\n';
        return Failed;
    }
    Process toBe = derived.take();
    Derivation::markGenerated(toBe);
    const ProcessRef ref = group ? ProcessRef::group(id, Which::ToBe) : ProcessRef::procedure(id, Which::ToBe);
    const Process current = *model.process(ref);
    if (!current.isEmpty() && Derivation::fingerprint(current) == Derivation::fingerprint(toBe)) {
        // Nothing to change; keep the layout, and remember that this is the generated chart.
        if (Derivation::isHandEdited(current)) {
            Process marked = current;
            Derivation::markGenerated(marked);
            if (Status s = model.setProcess(ref, marked); !s) {
                err << s.error() << '\n';
                return Failed;
            }
        }
        out << CommandLine::tr("The e-process of %1 is up to date.").arg(id) << '\n';
        return Ok;
    }
    const QStringList changes = Derivation::describeChanges(current, toBe);
    if (Derivation::isHandEdited(current) && !parser.isSet(QStringLiteral("force"))) {
        err << CommandLine::tr("The e-process of %1 has been edited by hand; deriving it again would change:").arg(id)
            << '\n';
        for (const QString &line : changes)
            err << "  " << line << '\n';
        err << CommandLine::tr("Nothing was changed. Run again with --force to replace it.") << '\n';
        return Failed;
    }
    if (Status s = model.setProcess(ref, toBe); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    out << CommandLine::tr("Derived the e-process of %1: %2 step(s), %3 flow(s), %4 lane(s).")
               .arg(id)
               .arg(toBe.steps.size())
               .arg(toBe.flows.size())
               .arg(toBe.lanes.size())
        << '\n';
    if (!current.isEmpty())
        for (const QString &line : changes)
            out << "  " << line << '\n';
    for (const QString &note : std::as_const(notes))
        out << CommandLine::tr("Note: %1").arg(note) << '\n';
    return Ok;
}

int reductionsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption(procedureOption());
    parser.addOption(groupOption());
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Print JSON instead of a table.")});
    if (!parse(parser, args, err))
        return Usage;
    const bool byProcedure = parser.isSet(QStringLiteral("procedure"));
    const bool byGroup = parser.isSet(QStringLiteral("group"));
    if (!parser.isSet(QStringLiteral("workspace")) || byProcedure == byGroup) {
        err << CommandLine::tr("reductions needs --workspace W.tthc and either --procedure CODE or --group ID.") << '\n';
        return Usage;
    }
    WorkspaceModel model;
    if (Status s = model.open(parser.value(QStringLiteral("workspace")), WorkspaceDb::Access::ReadOnly); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    const Workspace &ws = model.workspace();
    const QString id = parser.value(byGroup ? QStringLiteral("group") : QStringLiteral("procedure"));
    const ProcedureGroup *group = byGroup ? ws.group(id) : nullptr;
    const Procedure *procedure = byGroup ? nullptr : ws.procedure(id);
    if (!group && !procedure) {
        err << (byGroup ? CommandLine::tr("The workspace has no group “%1”.")
                        : CommandLine::tr("The workspace has no procedure “%1”."))
                   .arg(id)
            << '\n';
        return Failed;
    }
    const Reductions r = group ? ReductionRules::forGroup(ws, *group) : ReductionRules::forProcedure(ws, *procedure);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray indicators;
        for (const Indicator &i : r.indicators) {
            const std::optional<double> percent = i.percent();
            indicators.append(QJsonObject{{QStringLiteral("key"), i.key},
                                          {QStringLiteral("asIs"), i.asIs},
                                          {QStringLiteral("toBe"), i.toBe},
                                          {QStringLiteral("change"), i.change()},
                                          {QStringLiteral("percent"), percent ? QJsonValue(*percent) : QJsonValue()}});
        }
        const QJsonObject root{{byGroup ? QStringLiteral("group") : QStringLiteral("procedure"), id},
                               {QStringLiteral("indicators"), indicators},
                               {QStringLiteral("statutoryDays"), r.statutoryDays}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    // A table in the format of the approval dossier: 1.146.980; 4,69; -40,4 %.
    QList<QStringList> rows{{CommandLine::tr("Indicator"), CommandLine::tr("As-is"), CommandLine::tr("To-be"),
                             CommandLine::tr("Change"), CommandLine::tr("%")}};
    for (const Indicator &i : r.indicators) {
        const int decimals = i.decimals();
        const double change = i.change();
        const QString changeText = (change > 0 ? QStringLiteral("+") : QString()) + VnFormat::number(change, decimals);
        const std::optional<double> percent = i.percent();
        const QString percentText = percent ? (*percent > 0 ? QStringLiteral("+") : QString()) + VnFormat::percent(*percent / 100)
                                            : QStringLiteral("—");
        rows << QStringList{i.label, VnFormat::number(i.asIs, decimals), VnFormat::number(i.toBe, decimals), changeText,
                            percentText};
    }
    QList<qsizetype> width(5, 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < 5; ++c)
            width[c] = std::max(width[c], row[c].size());
    out << (group ? CommandLine::tr("Group %1: %2").arg(id, group->name)
                  : CommandLine::tr("Procedure %1: %2").arg(id, procedure->name))
        << '\n';
    for (const QStringList &row : rows) {
        QString line = row[0].leftJustified(width[0]);
        for (int c = 1; c < 5; ++c)
            line += QStringLiteral("  ") + row[c].rightJustified(width[c]);
        out << line << '\n';
    }
    if (const QString statutory = ReductionRules::statutoryComparison(r, [](double v) { return VnFormat::compact(v); });
        !statutory.isEmpty())
        out << statutory << '\n';
    return Ok;
}


// Prints rows as columns: the first left-aligned, the others right-aligned.
void printTable(const QList<QStringList> &rows, QTextStream &out)
{
    const qsizetype columns = rows.isEmpty() ? 0 : rows.first().size();
    QList<qsizetype> width(columns, 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < columns; ++c)
            width[c] = std::max(width[c], row.value(c).size());
    for (const QStringList &row : rows) {
        QString line = row.value(0).leftJustified(width[0]);
        for (qsizetype c = 1; c < columns; ++c)
            line += QStringLiteral("  ") + row.value(c).rightJustified(width[c]);
        out << line << '\n';
    }
}

int simulateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({{QStringLiteral("p"), QStringLiteral("procedure")}, CommandLine::tr("The procedure code or group id."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("cases"), CommandLine::tr("Dossiers per replication (default: the annual volume)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), CommandLine::tr("Seed of the random numbers (default 1)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("replications"), CommandLine::tr("Independent runs of the year (default 5)."),
                      QStringLiteral("R")});
    parser.addOption({QStringLiteral("year"), CommandLine::tr("The calendar year simulated (default 2026)."),
                      QStringLiteral("Y")});
    parser.addOption({QStringLiteral("calendar"), CommandLine::tr("A working calendar file (default: the Vietnamese one)."),
                      QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Write the results as JSON to this file."),
                      QStringLiteral("OUT.json")});
    if (!parse(parser, args, err))
        return Usage;
    if (!parser.isSet(QStringLiteral("workspace")) || !parser.isSet(QStringLiteral("procedure"))) {
        err << CommandLine::tr("simulate needs --workspace W.tthc and --procedure CODE.") << '\n';
        return Usage;
    }
    SimulationOptions options;
    // Whole numbers of the options that are set, each within its range.
    const auto whole = [&](const QString &name, qint64 min, qint64 max, auto *target) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const qint64 v = parser.value(name).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            err << CommandLine::tr("--%1 needs a whole number from %2 to %3.").arg(name).arg(min).arg(max) << '\n';
            return false;
        }
        *target = std::remove_pointer_t<decltype(target)>(v);
        return true;
    };
    if (!whole(QStringLiteral("cases"), 1, 1'000'000'000, &options.cases)
        || !whole(QStringLiteral("replications"), 1, 1000, &options.replications)
        || !whole(QStringLiteral("year"), 1900, 9999, &options.year))
        return Usage;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << CommandLine::tr("--seed needs a whole number from 0 to 18446744073709551615.") << '\n';
            return Usage;
        }
    }
    if (parser.isSet(QStringLiteral("calendar"))) {
        auto calendar = WorkingCalendar::load(parser.value(QStringLiteral("calendar")));
        if (!calendar) {
            err << calendar.error() << '\n';
            return Failed;
        }
        options.calendar = calendar.take();
    }
    WorkspaceModel model;
    if (Status s = model.open(parser.value(QStringLiteral("workspace")), WorkspaceDb::Access::ReadOnly); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    const QString id = parser.value(QStringLiteral("procedure"));
    auto input = SimulationInput::fromWorkspace(model.workspace(), id);
    if (!input) {
        err << input.error() << '\n';
        return Failed;
    }
    auto run = Simulator::run(input.value(), options);
    if (!run) {
        err << run.error() << '\n';
        return Failed;
    }
    const SimulationResult &r = run.value();
    if (parser.isSet(QStringLiteral("json"))) {
        const QString outPath = parser.value(QStringLiteral("json"));
        if (Status s = AtomicFile::write(outPath, QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented)); !s) {
            err << s.error() << '\n';
            return Failed;
        }
    }
    // The summary, in the number format of the approval dossier.
    out << (r.group ? CommandLine::tr("Group %1: %2") : CommandLine::tr("Procedure %1: %2")).arg(r.id, r.name) << '\n';
    out << CommandLine::tr("%1 dossier(s) × %2 replication(s), seed %3, year %4; a working day is %5 hours.")
               .arg(VnFormat::number(double(r.cases)))
               .arg(r.replications)
               .arg(r.seed)
               .arg(r.year)
               .arg(VnFormat::number(r.hoursPerDay, 1))
        << '\n';
    const auto days = [&](const ScenarioResult &s, const Estimate &e) {
        if (!s.present)
            return QStringLiteral("—");
        QString text = VnFormat::number(r.days(e.mean), 2);
        if (e.hasInterval())
            text += QStringLiteral(" ± ") + VnFormat::number(r.days(e.halfWidth), 2);
        return text;
    };
    const auto share = [](const ScenarioResult &s, const Estimate &e) {
        return s.present && std::isfinite(e.mean) ? VnFormat::percent(e.mean) : QStringLiteral("—");
    };
    const auto busiest = [](const ScenarioResult &s) {
        const LaneSummary *top = nullptr;
        for (const LaneSummary &l : s.lanes)
            if (std::isfinite(l.utilisation.mean) && (!top || l.utilisation.mean > top->utilisation.mean))
                top = &l;
        return top ? QStringLiteral("%1 (%2)").arg(VnFormat::percent(top->utilisation.mean), top->name) : QStringLiteral("—");
    };
    const ScenarioResult &a = r.asIs, &t = r.toBe;
    printTable({{CommandLine::tr("Indicator"), CommandLine::tr("As-is"), CommandLine::tr("To-be")},
                {CommandLine::tr("Mean cycle time (working days)"), days(a, a.meanHours), days(t, t.meanHours)},
                {CommandLine::tr("Median (working days)"), days(a, a.p50Hours), days(t, t.p50Hours)},
                {CommandLine::tr("90th percentile (working days)"), days(a, a.p90Hours), days(t, t.p90Hours)},
                {CommandLine::tr("95th percentile (working days)"), days(a, a.p95Hours), days(t, t.p95Hours)},
                {CommandLine::tr("Share of time waiting"), share(a, a.waitingShare), share(t, t.waitingShare)},
                {CommandLine::tr("Finished within the time limit"), share(a, a.onTimeShare), share(t, t.onTimeShare)},
                {CommandLine::tr("Busiest lane"), busiest(a), busiest(t)}},
               out);
    if (a.stuck + t.stuck > 0)
        out << CommandLine::tr("%1 dossier(s) were stopped at the visit limit of a loop or never reached an end.")
                   .arg(a.stuck + t.stuck)
            << '\n';
    out << CommandLine::tr("%1 events in %2 s.").arg(VnFormat::number(double(r.events))).arg(VnFormat::number(r.seconds, 2))
        << '\n';
    return Ok;
}

int dossierCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption(procedureOption());
    parser.addOption(groupOption());
    parser.addOption({QStringLiteral("all-approved"), CommandLine::tr("Every approved procedure and group.")});
    parser.addOption({QStringLiteral("pdf"), CommandLine::tr("Write the PDF.")});
    parser.addOption({QStringLiteral("docx"), CommandLine::tr("Write the DOCX.")});
    parser.addOption({QStringLiteral("xlsx"), CommandLine::tr("Write the XLSX.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("out")}, CommandLine::tr("The output folder."), QStringLiteral("DIR")});
    if (!parse(parser, args, err))
        return Usage;
    const int chosen = int(parser.isSet(QStringLiteral("procedure"))) + int(parser.isSet(QStringLiteral("group")))
                       + int(parser.isSet(QStringLiteral("all-approved")));
    if (!parser.isSet(QStringLiteral("workspace")) || !parser.isSet(QStringLiteral("out")) || chosen != 1) {
        err << CommandLine::tr("dossier needs --workspace W.tthc, one of --procedure CODE, --group ID or "
                               "--all-approved, and --out DIR.")
            << '\n';
        return Usage;
    }
    WorkspaceModel model;
    if (Status s = model.open(parser.value(QStringLiteral("workspace")), WorkspaceDb::Access::ReadOnly); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    const Workspace &ws = model.workspace();
    QList<DossierTarget> targets;
    if (parser.isSet(QStringLiteral("procedure"))) {
        targets << DossierTarget::procedure(parser.value(QStringLiteral("procedure")));
    } else if (parser.isSet(QStringLiteral("group"))) {
        targets << DossierTarget::group(parser.value(QStringLiteral("group")));
    } else {
        targets = DossierExporter::approvedTargets(ws);
        if (targets.isEmpty()) {
            err << CommandLine::tr("No procedure or group of the workspace is approved yet.") << '\n';
            return Failed;
        }
    }
    DossierFormats formats{parser.isSet(QStringLiteral("pdf")), parser.isSet(QStringLiteral("docx")),
                           parser.isSet(QStringLiteral("xlsx"))};
    if (!formats.any())
        formats = DossierFormats{};
    DossierExporter exporter(ws, DossierSettings::of(ws));
    const bool batch = targets.size() > 1;
    auto outcomes = exporter.run(targets, formats, parser.value(QStringLiteral("out")),
                                 [&](int done, int total, const QString &current) {
                                     if (batch)
                                         err << CommandLine::tr("[%1/%2] %3").arg(done).arg(total).arg(current) << '\n'
                                             << Qt::flush;
                                     return true;
                                 });
    if (!outcomes) {
        err << outcomes.error() << '\n';
        return Failed;
    }
    int failed = 0;
    for (const DossierOutcome &o : outcomes.value()) {
        if (o.ok()) {
            for (const QString &f : o.files)
                out << CommandLine::tr("Wrote %1.").arg(QDir::toNativeSeparators(f)) << '\n';
        } else {
            ++failed;
            err << CommandLine::tr("Not exported: %1").arg(o.error) << '\n';
        }
    }
    if (batch)
        out << CommandLine::tr("%1 of %2 dossiers exported.").arg(outcomes.value().size() - failed).arg(outcomes.value().size())
            << '\n';
    return failed > 0 ? Failed : Ok;
}

// One dossier setting from the command line: KEY=VALUE. Lists (issuingBody's lines, the
// recipients) take "|" between their items.
Status setDossierField(DossierSettings &s, const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(u'=');
    const QString key = eq > 0 ? assignment.left(eq).trimmed() : assignment.trimmed();
    const QString value = eq > 0 ? assignment.mid(eq + 1).trimmed() : QString();
    if (eq <= 0)
        return Status::failure(CommandLine::tr("“%1” is not KEY=VALUE.").arg(assignment));
    const QHash<QString, QString *> texts{{QStringLiteral("issuingBodyName"), &s.issuingBodyName},
                                          {QStringLiteral("numberSuffix"), &s.numberSuffix},
                                          {QStringLiteral("place"), &s.place},
                                          {QStringLiteral("proposer"), &s.proposer},
                                          {QStringLiteral("cityPlan"), &s.cityPlan},
                                          {QStringLiteral("signerName"), &s.signerName},
                                          {QStringLiteral("templatePath"), &s.templatePath}};
    const auto items = [&] {
        QStringList out;
        for (const QString &item : value.split(u'|'))
            if (!item.trimmed().isEmpty())
                out << item.trimmed();
        return out;
    };
    if (QString *field = texts.value(key)) {
        *field = value;
    } else if (key == QLatin1String("issuingBody")) {
        s.issuingBody = items().join(u'\n');
    } else if (key == QLatin1String("recipients")) {
        s.recipients = items();
    } else if (key == QLatin1String("issuer")) {
        if (value != QLatin1String("chairman") && value != QLatin1String("committee"))
            return Status::failure(CommandLine::tr("issuer is “chairman” or “committee”, not “%1”.").arg(value));
        s.issuer = value == QLatin1String("committee") ? Issuer::Committee : Issuer::Chairman;
    } else if (key == QLatin1String("signer")) {
        if (value != QLatin1String("chair") && value != QLatin1String("vice-chair"))
            return Status::failure(CommandLine::tr("signer is “chair” or “vice-chair”, not “%1”.").arg(value));
        s.signer = value == QLatin1String("vice-chair") ? SignerRank::ViceChair : SignerRank::Chair;
    } else {
        QStringList keys = texts.keys();
        keys << QStringLiteral("issuingBody") << QStringLiteral("recipients") << QStringLiteral("issuer") << QStringLiteral("signer");
        keys.sort();
        return Status::failure(CommandLine::tr("Unknown setting “%1”. The settings are: %2.").arg(key, keys.join(QStringLiteral(", "))));
    }
    return success();
}

int settingsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("show"), CommandLine::tr("Print the dossier settings as JSON.")});
    parser.addOption({QStringLiteral("set"),
                      CommandLine::tr("Set one setting, KEY=VALUE (repeatable; lists take “|” between items): "
                                      "issuingBody, issuingBodyName, issuer (chairman|committee), signer "
                                      "(chair|vice-chair), numberSuffix, place, proposer, cityPlan, signerName, "
                                      "recipients, templatePath."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({QStringLiteral("from"), CommandLine::tr("Take the settings from a JSON file (as --show prints them)."),
                      QStringLiteral("FILE.json")});
    if (!parse(parser, args, err))
        return Usage;
    const int actions = int(parser.isSet(QStringLiteral("show"))) + int(parser.isSet(QStringLiteral("set")))
                        + int(parser.isSet(QStringLiteral("from")));
    if (!parser.isSet(QStringLiteral("workspace")) || actions != 1) {
        err << CommandLine::tr("settings needs --workspace W.tthc and one of --show, --set KEY=VALUE… or --from FILE.json.")
            << '\n';
        return Usage;
    }
    const bool show = parser.isSet(QStringLiteral("show"));
    WorkspaceModel model;
    if (Status s = model.open(parser.value(QStringLiteral("workspace")),
                              show ? WorkspaceDb::Access::ReadOnly : WorkspaceDb::Access::ReadWrite);
        !s) {
        err << s.error() << '\n';
        return Failed;
    }
    DossierSettings settings = DossierSettings::of(model.workspace());
    if (show) {
        out << QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (parser.isSet(QStringLiteral("from"))) {
        QFile f(parser.value(QStringLiteral("from")));
        if (!f.open(QIODevice::ReadOnly)) {
            err << CommandLine::tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(f.fileName()), f.errorString()) << '\n';
            return Failed;
        }
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject()) {
            err << CommandLine::tr("“%1” is not a JSON object of dossier settings (at byte %2).")
                       .arg(QDir::toNativeSeparators(f.fileName()))
                       .arg(e.offset)
                << '\n';
            return Failed;
        }
        settings = DossierSettings::fromJson(doc.object());
    } else {
        for (const QString &assignment : parser.values(QStringLiteral("set")))
            if (Status s = setDossierField(settings, assignment); !s) {
                err << s.error() << '\n';
                return Usage;
            }
    }
    if (Status s = model.setDossierSettings(settings); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    out << CommandLine::tr("Dossier settings saved in %1.").arg(QDir::toNativeSeparators(parser.value(QStringLiteral("workspace"))))
        << '\n';
    if (const QString missing = DossierBuilder::missingSettings(settings); !missing.isEmpty())
        out << missing << '\n';
    return Ok;
}

} // namespace

bool CommandLine::needsGui(const QStringList &args)
{
    return !args.isEmpty()
           && (args.first() == QLatin1String("export-diagram") || args.first() == QLatin1String("dossier"));
}

bool CommandLine::wantsCommandLine(const QStringList &args)
{
    for (const QString &a : args)
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")
            || a == QLatin1String("-v"))
            return true;
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    if (subcommands.contains(first))
        return true;
    // A workspace to open, or an option of the GUI; anything else is a (mistyped) command.
    if (first.startsWith(u'-') || first.endsWith(QLatin1String(".tthc")) || QFileInfo::exists(first))
        return false;
    return true;
}

QString CommandLine::usage()
{
    // The simulate lines are a string of their own, inserted before the --help line, so that
    // the translation of the rest stays valid.
    const QString simulate = tr("  tthc-studio simulate --workspace W.tthc --procedure CODE [--cases N] [--seed S]\n"
                                "              [--replications R] [--year Y] [--calendar FILE.json] [--json OUT.json]\n"
                                "              simulate a year of dossiers, as-is and to-be (CODE may be a group id)\n");
    const QString dossier = tr("  tthc-studio dossier --workspace W.tthc (--procedure CODE | --group ID | --all-approved)\n"
                               "              [--pdf] [--docx] [--xlsx] --out DIR\n"
                               "              export the approval dossier (all three formats unless some are named)\n"
                               "  tthc-studio settings --workspace W.tthc (--show | --set KEY=VALUE… | --from FILE.json)\n"
                               "              the dossier settings: issuing body, issuer, signer, place, recipients…\n");
    QString text = general();
    const qsizetype at = text.indexOf(QLatin1String("  tthc-studio --help"));
    return text.insert(at >= 0 ? at : text.size(), simulate + dossier);
}

QString CommandLine::general()
{
    return tr("Usage:\n"
              "  tthc-studio [--sample | WORKSPACE.tthc]      start the application\n"
              "  tthc-studio import FILE.json --workspace W.tthc\n"
              "  tthc-studio export-json --workspace W.tthc [--procedure CODE] -o FILE.json\n"
              "  tthc-studio validate (FILE.json | --workspace W.tthc)\n"
              "  tthc-studio export-diagram --workspace W.tthc --procedure CODE --which asis|tobe\n"
              "              (--svg FILE | --png FILE [--dpi N] | --pdf FILE)\n"
              "  tthc-studio derive --workspace W.tthc --procedure CODE [--force]\n"
              "              generate the e-process from the as-is chart and the analysis (CODE may be a group id)\n"
              "  tthc-studio reductions --workspace W.tthc (--procedure CODE | --group ID) [--json]\n"
              "              visits, documents, manual steps, steps, processing time and total elapsed time, as-is against to-be\n"
              "  tthc-studio --help | --version\n"
              "\n"
              "Options:\n"
              "  --lang vi|en   language of the interface and messages (default: the setting, else Vietnamese)\n"
              "\n"
              "Exit status: 0 success, 1 errors found or the action failed, 2 wrong usage.\n");
}

int CommandLine::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << usage();
        return Ok;
    }
    const QString command = args.first();
    // QCommandLineParser expects the program name first.
    const QStringList rest = QStringList{QStringLiteral("tthc-studio"), command} + args.mid(1);
    if (command == QLatin1String("import"))
        return importCommand(rest, out, err);
    if (command == QLatin1String("export-json"))
        return exportCommand(rest, out, err);
    if (command == QLatin1String("validate"))
        return validateCommand(rest, out, err);
    if (command == QLatin1String("export-diagram"))
        return exportDiagramCommand(rest, out, err);
    if (command == QLatin1String("derive"))
        return deriveCommand(rest, out, err);
    if (command == QLatin1String("reductions"))
        return reductionsCommand(rest, out, err);
    if (command == QLatin1String("simulate"))
        return simulateCommand(rest, out, err);
    if (command == QLatin1String("dossier"))
        return dossierCommand(rest, out, err);
    if (command == QLatin1String("settings"))
        return settingsCommand(rest, out, err);
    err << tr("Unknown command “%1”.").arg(command) << '\n' << usage();
    return Usage;
}

} // namespace tthc
