// The command line of tthc-studio, run as a user would: exit codes, messages in Vietnamese,
// JSON paths in errors, and exports that validate against the shared JSON Schema.
#include "derivation.h"
#include "fixtures.h"
#include "tthcjson.h"
#include "workspacemodel.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <unistd.h>

using namespace tthc;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

// Runs a command line as given (program first): no display, a configuration of its own.
Run runAs(const QStringList &command, const QHash<QString, QString> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/tst_cli_config"));
    env.remove(QStringLiteral("DISPLAY")); // the command line must not need one
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    p.setProcessEnvironment(env);
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(command.first()));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run studio(const QStringList &args, const QHash<QString, QString> &extraEnv = {})
{
    return runAs(QStringList{QStringLiteral(TTHC_STUDIO)} + args, extraEnv);
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString sample(const QString &name) const { return fixtures::sharedPath(QStringLiteral("samples/") + name); }

private slots:
    void fullDiskLeavesTheOldFile()
    {
        // Issue 11.3: every output file goes through AtomicFile; with the disk "full" after
        // 100 bytes (its fault hook) each command fails with ≠ 0, says so in Vietnamese, and
        // the good file from before is byte-identical; no .part is left.
        const QString ws = file(QStringLiteral("fulldisk.tthc"));
        QCOMPARE(studio({QStringLiteral("import"), fixtures::sourcePath(QStringLiteral("templates/sample-workspace.json")),
                         QStringLiteral("--workspace"), ws}).code, 0);
        const QString json = file(QStringLiteral("full.json")), sim = file(QStringLiteral("full-sim.json")),
                      svg = file(QStringLiteral("full.svg")), png = file(QStringLiteral("full.png")),
                      pdf = file(QStringLiteral("full.pdf")), out = file(QStringLiteral("full-dossier"));
        const QStringList gplx{QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"), QStringLiteral("1.002804")};
        const QStringList diagram = QStringList{QStringLiteral("export-diagram")} + gplx + QStringList{QStringLiteral("--which"), QStringLiteral("tobe")};
        const QList<QPair<QStringList, QStringList>> commands{
            {QStringList{QStringLiteral("export-json")} + gplx + QStringList{QStringLiteral("-o"), json}, {json}},
            {QStringList{QStringLiteral("simulate")} + gplx + QStringList{QStringLiteral("--cases"), QStringLiteral("200"), QStringLiteral("--json"), sim}, {sim}},
            {diagram + QStringList{QStringLiteral("--svg"), svg}, {svg}},
            {diagram + QStringList{QStringLiteral("--png"), png}, {png}},
            {diagram + QStringList{QStringLiteral("--pdf"), pdf}, {pdf}},
            {QStringList{QStringLiteral("dossier")} + gplx + QStringList{QStringLiteral("--out"), out},
             {out + QStringLiteral("/Ho-so-1.002804.pdf"), out + QStringLiteral("/Ho-so-1.002804.docx"),
              out + QStringLiteral("/Ho-so-1.002804.xlsx")}},
        };
        for (const auto &[args, outputs] : commands) {
            Run r = studio(args);
            QVERIFY2(r.code == 0, qPrintable(args.first() + QStringLiteral(": ") + r.err));
            QList<QByteArray> before;
            for (const QString &o : outputs) {
                QVERIFY2(QFileInfo(o).size() > 100, qPrintable(o));
                before << fixtures::fileHash(o);
            }
            r = studio(args, {{QStringLiteral("TTHC_FAULT_WRITE_AFTER"), QStringLiteral("100")}});
            QVERIFY2(r.code != 0, qPrintable(args.first()));
            QVERIFY2(r.err.contains(QStringLiteral("ổ đĩa đầy")), qPrintable(args.first() + QStringLiteral(": ") + r.err));
            for (int i = 0; i < outputs.size(); ++i) {
                QVERIFY2(fixtures::fileHash(outputs[i]) == before[i], qPrintable(outputs[i]));
                QVERIFY2(!QFileInfo::exists(outputs[i] + QStringLiteral(".part")), qPrintable(outputs[i]));
            }
        }
        // Issue 11.11: the JSON export never replaces the workspace it reads.
        const QByteArray workspace = fixtures::fileHash(ws);
        Run r = studio({QStringLiteral("export-json"), QStringLiteral("--workspace"), ws, QStringLiteral("-o"), ws});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("chính là không gian làm việc")), qPrintable(r.err));
        QCOMPARE(fixtures::fileHash(ws), workspace);
    }

    void helpAndVersion()
    {
        Run r = studio({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("tthc-studio import FILE.json --workspace W.tthc")));
        QVERIFY2(r.out.contains(QStringLiteral("Cách dùng")), qPrintable(r.out));
        r = studio({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("TTHC Studio ")));
        r = studio({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
        r = studio({QStringLiteral("import"), sample(QStringLiteral("doi-gplx.json"))});
        QCOMPARE(r.code, 2);
    }

    void importExportValidate()
    {
        const QString ws = file(QStringLiteral("w.tthc"));
        Run r = studio({QStringLiteral("import"), sample(QStringLiteral("doi-gplx.json")), QStringLiteral("--workspace"), ws});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = studio({QStringLiteral("import"), sample(QStringLiteral("vay-von-tra-luong-covid.json")), QStringLiteral("--workspace"), ws});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = studio({QStringLiteral("validate"), QStringLiteral("--workspace"), ws});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 lỗi")), qPrintable(r.out));

        const QString all = file(QStringLiteral("all.json"));
        {
            // Issue 11.11: a .part left by a killed export of the same target is cleaned up.
            QFile stale(all + QStringLiteral(".part"));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write(QByteArray(5000, 'x'));
        }
        r = studio({QStringLiteral("export-json"), QStringLiteral("--workspace"), ws, QStringLiteral("-o"), all});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(all + QStringLiteral(".part")));
        const auto exported = TthcJson::importFile(all);
        QVERIFY(exported.ok());
        QCOMPARE(exported.workspace.procedures.size(), 4);
        QCOMPARE(exported.workspace.groups.size(), 1);
        // Each sample survives import → workspace → export unchanged.
        Workspace expected = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        QVERIFY(exported.workspace.procedures[0] == expected.procedures[0]);

        const QString one = file(QStringLiteral("one.json"));
        r = studio({QStringLiteral("export-json"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                    QStringLiteral("1.002804"), QStringLiteral("-o"), one});
        QCOMPARE(r.code, 0);
        const auto single = TthcJson::importFile(one);
        QVERIFY(single.ok());
        QCOMPARE(single.workspace.procedures.size(), 1);
        QVERIFY(single.workspace.procedures[0] == expected.procedures[0]);

        r = studio({QStringLiteral("export-json"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                    QStringLiteral("9.999999"), QStringLiteral("-o"), file(QStringLiteral("none.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("9.999999")));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("none.json"))));
    }

    // Issue 11, item 2: two imports into one workspace at once both land (they used to leave 54
    // of 104 procedures: each rewrote the snapshot it had read).
    void parallelImportsKeepBoth()
    {
        const Workspace licence = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        QStringList inputs;
        for (const QString &prefix : {QStringLiteral("7"), QStringLiteral("8")}) {
            Workspace set;
            set.systems = licence.systems;
            for (int i = 0; i < 50; ++i) {
                Procedure p = licence.procedures[0];
                p.code = QStringLiteral("%1.%2").arg(prefix).arg(i, 6, 10, QLatin1Char('0'));
                set.procedures.append(p);
            }
            inputs << file(QStringLiteral("set-%1.json").arg(prefix));
            QFile f(inputs.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(TthcJson::write(set));
        }
        for (int trial = 0; trial < 5; ++trial) {
            const QString ws = file(QStringLiteral("parallel-%1.tthc").arg(trial));
            for (const char *base : {"doi-gplx.json", "vay-von-tra-luong-covid.json"})
                QCOMPARE(studio({QStringLiteral("import"), sample(QString::fromLatin1(base)), QStringLiteral("--workspace"), ws}).code, 0);
            std::array<QProcess, 2> imports;
            for (int i = 0; i < 2; ++i) {
                imports[i].start(QStringLiteral(TTHC_STUDIO), {QStringLiteral("import"), inputs[i], QStringLiteral("--workspace"), ws});
                QVERIFY(imports[i].waitForStarted());
            }
            for (QProcess &p : imports) {
                QVERIFY(p.waitForFinished(60000));
                const QString out = QString::fromUtf8(p.readAllStandardOutput());
                QVERIFY2(p.exitCode() == 0 && out.contains(QStringLiteral("50")),
                         qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
            }
            const QString all = file(QStringLiteral("parallel-%1.json").arg(trial));
            QCOMPARE(studio({QStringLiteral("export-json"), QStringLiteral("--workspace"), ws, QStringLiteral("-o"), all}).code, 0);
            const auto exported = TthcJson::importFile(all);
            QVERIFY(exported.ok());
            QCOMPARE(exported.workspace.procedures.size(), 104);
            QCOMPARE(exported.workspace.groups.size(), 1);
            QCOMPARE(exported.workspace.systems.size(), licence.systems.size());
        }
    }

    // Issue 11, crash harness: an import of a large generated workspace is killed (SIGKILL) at
    // 30 seeded moments — during the parse, the writes, the commit, and after it while the log
    // is checkpointed into the file. Every time the file opens, passes SQLite's integrity check
    // and holds the import whole or not at all, every procedure equal to its source.
    void killedImportsLoseNothing()
    {
        const Workspace licence = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        Workspace big;
        big.systems = licence.systems;
        for (int i = 0; i < 400; ++i) {
            Procedure p = licence.procedures[0];
            p.code = QStringLiteral("6.%1").arg(i, 6, 10, QLatin1Char('0'));
            p.annualVolume = i;
            big.procedures.append(p);
        }
        const QString input = file(QStringLiteral("crash-input.json"));
        {
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(TthcJson::write(big));
        }
        const QString base = file(QStringLiteral("crash-base.tthc"));
        QCOMPARE(studio({QStringLiteral("import"), fixtures::sourcePath(QStringLiteral("templates/sample-workspace.json")),
                         QStringLiteral("--workspace"), base}).code, 0);
        const int before = TthcJson::importFile(fixtures::sourcePath(QStringLiteral("templates/sample-workspace.json"))).workspace.procedures.size();
        // When, in a whole import here, the writing starts (the log appears) and when it ends,
        // to spread the kills over the parse, the writes and the checkpoint.
        const QString timing = file(QStringLiteral("crash-timing.tthc"));
        QVERIFY(QFile::copy(base, timing));
        auto logWritten = [](const QString &ws) {
            const QFileInfo log(ws + QStringLiteral("-wal"));
            return log.exists() && log.size() > 0;
        };
        QElapsedTimer clock;
        qint64 writing = -1;
        {
            QProcess child;
            clock.start();
            child.start(QStringLiteral(TTHC_STUDIO), {QStringLiteral("import"), input, QStringLiteral("--workspace"), timing});
            QVERIFY(child.waitForStarted());
            while (!child.waitForFinished(1))
                if (writing < 0 && logWritten(timing))
                    writing = clock.elapsed();
            QCOMPARE(child.exitCode(), 0);
        }
        const qint64 whole = std::max<qint64>(clock.elapsed(), 50);
        writing = std::clamp<qint64>(writing, 0, whole - 1);
        QRandomGenerator random(20261202);
        int complete = 0, untouched = 0;
        for (int run = 0; run < 30; ++run) {
            const QString ws = file(QStringLiteral("crash-%1.tthc").arg(run));
            QVERIFY(QFile::copy(base, ws));
            QVERIFY(QFile::setPermissions(ws, QFile::ReadOwner | QFile::WriteOwner));
            QProcess child;
            child.start(QStringLiteral(TTHC_STUDIO), {QStringLiteral("import"), input, QStringLiteral("--workspace"), ws});
            QVERIFY(child.waitForStarted());
            clock.restart();
            switch (run % 3) {
            case 0: // anywhere, the parse included
                QThread::usleep(quint64(random.bounded(int(whole * 1000))));
                break;
            case 1: // while it writes: after the log appears
                while (!logWritten(ws) && child.state() == QProcess::Running && clock.elapsed() < 30000)
                    QThread::usleep(200);
                QThread::usleep(quint64(random.bounded(int((whole - writing) * 1000))));
                break;
            default: // after the commit is reported: the log is being checkpointed into the file
                child.waitForReadyRead(30000);
                QThread::usleep(quint64(random.bounded(20000)));
            }
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            WorkspaceModel reopened;
            const Status opened = reopened.open(ws);
            QVERIFY2(opened, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(opened.error())));
            const Status whole = reopened.integrity();
            QVERIFY2(whole, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(whole.error())));
            const QList<Procedure> &stored = reopened.workspace().procedures;
            QVERIFY2(stored.size() == before || stored.size() == before + big.procedures.size(),
                     qPrintable(QStringLiteral("run %1: %2 procedures").arg(run).arg(stored.size())));
            (stored.size() == before ? untouched : complete) += 1;
            for (const Procedure &p : stored)
                if (const Procedure *source = big.procedure(p.code))
                    QVERIFY2(p == *source, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(p.code)));
        }
        qInfo("30 kills: %d left the workspace as it was, %d after the import (a whole import takes %lld ms, "
              "writing from %lld ms)",
              untouched, complete, whole, writing);
    }

    // Issue 11, item 5: a healthy workspace in a folder that cannot be written still validates
    // and exports; a write says "read-only", never "damaged"; the file is not touched. Root is
    // not bound by permissions, so as root the folder becomes a read-only bind mount (what a
    // read-only share or disk is); otherwise its permissions are taken away.
    void readOnlyFolderStillReads()
    {
        const QString dir = file(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(dir));
        const QString ws = dir + QStringLiteral("/w.tthc");
        QCOMPARE(studio({QStringLiteral("import"), fixtures::sourcePath(QStringLiteral("templates/sample-workspace.json")),
                         QStringLiteral("--workspace"), ws}).code, 0);
        const QString out = file(QStringLiteral("read-only-out"));
        QVERIFY(QDir().mkpath(out));
        const QByteArray before = fixtures::fileHash(ws);
        const bool root = ::geteuid() == 0;
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        if (root) {
            const Run bind = runAs({QStringLiteral("mount"), QStringLiteral("--bind"), dir, dir});
            QVERIFY2(bind.code == 0, qPrintable(QStringLiteral("cannot make a read-only folder: ") + bind.err));
            const Run ro = runAs({QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), dir});
            if (ro.code != 0)
                runAs({QStringLiteral("umount"), dir});
            QVERIFY2(ro.code == 0, qPrintable(QStringLiteral("cannot make a read-only folder: ") + ro.err));
        } else {
            QVERIFY(QFile::setPermissions(ws, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
            QVERIFY(QFile::setPermissions(dir, readable));
        }
        const auto restore = qScopeGuard([&] {
            if (root)
                runAs({QStringLiteral("umount"), dir});
            QFile::setPermissions(dir, readable | QFile::WriteOwner);
            QFile::setPermissions(ws, QFile::ReadOwner | QFile::WriteOwner);
        });
        QFile probe(dir + QStringLiteral("/probe"));
        QVERIFY2(!probe.open(QIODevice::WriteOnly), "the folder is still writable");
        const QStringList gplx{QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"), QStringLiteral("1.002804")};
        const QList<QStringList> reads{
            {QStringLiteral("validate"), QStringLiteral("--workspace"), ws},
            QStringList{QStringLiteral("export-json"), QStringLiteral("--workspace"), ws, QStringLiteral("-o"), out + QStringLiteral("/all.json")},
            QStringList{QStringLiteral("export-diagram")} + gplx + QStringList{QStringLiteral("--which"), QStringLiteral("tobe"), QStringLiteral("--svg"), out + QStringLiteral("/c.svg")},
            QStringList{QStringLiteral("reductions")} + gplx,
            QStringList{QStringLiteral("simulate")} + gplx + QStringList{QStringLiteral("--cases"), QStringLiteral("50")},
            QStringList{QStringLiteral("dossier")} + gplx + QStringList{QStringLiteral("--out"), out + QStringLiteral("/dossier")},
        };
        for (const QStringList &args : reads) {
            const Run r = studio(args);
            QVERIFY2(r.code == 0, qPrintable(args.first() + QStringLiteral(": ") + r.err));
        }
        QVERIFY(QFileInfo(out + QStringLiteral("/all.json")).size() > 1000);
        // A write is refused with the cause.
        const Run w = studio({QStringLiteral("import"), sample(QStringLiteral("doi-gplx.json")), QStringLiteral("--workspace"), ws});
        QVERIFY(w.code != 0);
        QVERIFY2(w.err.contains(QStringLiteral("chỉ đọc")) && !w.err.contains(QStringLiteral("hỏng")), qPrintable(w.err));
        QCOMPARE(fixtures::fileHash(ws), before);
        QVERIFY(!QFileInfo::exists(ws + QStringLiteral("-wal")));
    }

    void errorsNameTheJsonPath()
    {
        QJsonObject root = QJsonDocument::fromJson(fixtures::readAll(sample(QStringLiteral("doi-gplx.json")))).object();
        QJsonArray procs = root[QStringLiteral("procedures")].toArray();
        QJsonObject p = procs[0].toObject();
        QJsonObject asIs = p[QStringLiteral("asIs")].toObject();
        QJsonArray flows = asIs[QStringLiteral("flows")].toArray();
        QJsonObject f = flows[3].toObject();
        f[QStringLiteral("to")] = QStringLiteral("s7x");
        flows[3] = f;
        asIs[QStringLiteral("flows")] = flows;
        p[QStringLiteral("asIs")] = asIs;
        procs[0] = p;
        root[QStringLiteral("procedures")] = procs;
        const QString bad = file(QStringLiteral("dangling.json"));
        {
            QFile out(bad);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(root).toJson());
        }
        Run r = studio({QStringLiteral("validate"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("procedures[0].asIs.flows[3].to")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("s7x")));
        QVERIFY2(r.out.contains(QStringLiteral("lỗi")), qPrintable(r.out));

        // Import refuses it and leaves the workspace as it was.
        const QString ws = file(QStringLiteral("refuse.tthc"));
        QCOMPARE(studio({QStringLiteral("import"), sample(QStringLiteral("systems.json")), QStringLiteral("--workspace"), ws}).code, 0);
        const QByteArray before = fixtures::fileHash(ws);
        r = studio({QStringLiteral("import"), bad, QStringLiteral("--workspace"), ws});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(bad + QStringLiteral(": procedures[0].asIs.flows[3].to")), qPrintable(r.err));
        QCOMPARE(fixtures::fileHash(ws), before);

        // English on request.
        r = studio({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("unknown step")), qPrintable(r.out));
    }

    void brokenInputs()
    {
        const QString broken = file(QStringLiteral("broken.json"));
        {
            QFile out(broken);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("{\"format\": \"tthc-json\",\n \"version\": 1,\n \"procedures\": [ }");
        }
        Run r = studio({QStringLiteral("validate"), broken});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("3")), qPrintable(r.out)); // the line number
        const QString notWs = file(QStringLiteral("text.tthc"));
        {
            QFile out(notWs);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("hello");
        }
        r = studio({QStringLiteral("validate"), QStringLiteral("--workspace"), notWs});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(notWs));
        QCOMPARE(fixtures::readAll(notWs), QByteArray("hello"));
    }

    void dossier()
    {
        // The shared sample has no dossier settings: the export says which value is missing.
        const QString bare = file(QStringLiteral("dossier-bare.tthc"));
        QCOMPARE(studio({QStringLiteral("import"), sample(QStringLiteral("doi-gplx.json")), QStringLiteral("--workspace"), bare}).code, 0);
        const QString out = file(QStringLiteral("dossier-out"));
        Run r = studio({QStringLiteral("dossier"), QStringLiteral("--workspace"), bare, QStringLiteral("--procedure"),
                        QStringLiteral("1.002804"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        // Issue 13: the message names the settings (not the template's resource path or a JSON
        // path), both ways to fill them in, and leaves no empty output folder behind.
        QVERIFY2(r.err.contains(QStringLiteral("cơ quan ban hành (issuingBody)")) && r.err.contains(QStringLiteral("tên người ký (signerName)"))
                     && r.err.contains(QStringLiteral("tthc-studio settings --workspace")) && !r.err.contains(QStringLiteral(":/templates"))
                     && !r.err.contains(QStringLiteral("header.issuingBody")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        // Filled in from the command line, the same export works.
        QCOMPARE(studio({QStringLiteral("settings"), QStringLiteral("--workspace"), bare, QStringLiteral("--set"),
                         QStringLiteral("nothing=1")}).code, 2);
        r = studio({QStringLiteral("settings"), QStringLiteral("--workspace"), bare, QStringLiteral("--set"),
                    QStringLiteral("issuer=mayor")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("chairman")), qPrintable(r.err));
        r = studio({QStringLiteral("settings"), QStringLiteral("--workspace"), bare,
                    QStringLiteral("--set"), QStringLiteral("issuingBody=ỦY BAN NHÂN DÂN|THÀNH PHỐ HÀ NỘI"),
                    QStringLiteral("--set"), QStringLiteral("issuingBodyName=Ủy ban nhân dân Thành phố Hà Nội"),
                    QStringLiteral("--set"), QStringLiteral("place=Hà Nội"),
                    QStringLiteral("--set"), QStringLiteral("proposer=Giám đốc Sở Giao thông vận tải"),
                    QStringLiteral("--set"), QStringLiteral("signer=vice-chair")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("tên người ký (signerName)")), qPrintable(r.out)); // still missing: said
        QCOMPARE(studio({QStringLiteral("settings"), QStringLiteral("--workspace"), bare, QStringLiteral("--set"),
                         QStringLiteral("signerName=Nguyễn Văn A")}).code, 0);
        r = studio({QStringLiteral("settings"), QStringLiteral("--workspace"), bare, QStringLiteral("--show")});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("issuingBody")).toString(), QStringLiteral("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI"));
        QCOMPARE(shown.value(QStringLiteral("issuer")).toString(), QStringLiteral("chairman"));
        QCOMPARE(shown.value(QStringLiteral("signer")).toString(), QStringLiteral("vice-chair"));
        r = studio({QStringLiteral("dossier"), QStringLiteral("--workspace"), bare, QStringLiteral("--procedure"),
                    QStringLiteral("1.002804"), QStringLiteral("--xlsx"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // --from takes what --show printed.
        const QString json = file(QStringLiteral("settings.json"));
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QJsonObject changed = shown;
            changed[QStringLiteral("issuer")] = QStringLiteral("committee");
            f.write(QJsonDocument(changed).toJson());
        }
        QCOMPARE(studio({QStringLiteral("settings"), QStringLiteral("--workspace"), bare, QStringLiteral("--from"), json}).code, 0);
        r = studio({QStringLiteral("settings"), QStringLiteral("--workspace"), bare, QStringLiteral("--show")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("issuer")).toString(), QStringLiteral("committee"));
        QDir(out).removeRecursively();
        // The embedded sample workspace has them: the three files, in Vietnamese messages.
        const QString ws = file(QStringLiteral("dossier.tthc"));
        QCOMPARE(studio({QStringLiteral("import"), fixtures::sourcePath(QStringLiteral("templates/sample-workspace.json")),
                         QStringLiteral("--workspace"), ws}).code, 0);
        const QByteArray before = fixtures::fileHash(ws);
        r = studio({QStringLiteral("dossier"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                    QStringLiteral("1.002804"), QStringLiteral("--pdf"), QStringLiteral("--xlsx"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QDir(out).entryList(QDir::Files), (QStringList{QStringLiteral("Ho-so-1.002804.pdf"), QStringLiteral("Ho-so-1.002804.xlsx")}));
        QVERIFY(r.out.startsWith(QStringLiteral("Đã ghi ")));
        QCOMPARE(fixtures::fileHash(ws), before); // laying the charts out changed nothing
        // Nothing is approved in the sample; one target at a time; a group.
        r = studio({QStringLiteral("dossier"), QStringLiteral("--workspace"), ws, QStringLiteral("--all-approved"),
                    QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("phê duyệt")), qPrintable(r.err));
        QCOMPARE(studio({QStringLiteral("dossier"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                         QStringLiteral("1.002804"), QStringLiteral("--group"), QStringLiteral("x"), QStringLiteral("--out"), out}).code, 2);
        r = studio({QStringLiteral("dossier"), QStringLiteral("--workspace"), ws, QStringLiteral("--group"),
                    QStringLiteral("nhom-vay-von-covid"), QStringLiteral("--docx"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("Ho-so-nhom-vay-von-covid.docx"))));
    }

    void exportDiagram()
    {
        const QString ws = file(QStringLiteral("diagram.tthc"));
        QCOMPARE(studio({QStringLiteral("import"), sample(QStringLiteral("doi-gplx.json")), QStringLiteral("--workspace"), ws}).code, 0);
        const QByteArray before = fixtures::fileHash(ws);
        const QString svg = file(QStringLiteral("asis.svg")), png = file(QStringLiteral("tobe.png")), pdf = file(QStringLiteral("asis.pdf"));
        // The sample has no stored layout: the command lays it out first, without saving it.
        Run r = studio({QStringLiteral("export-diagram"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                        QStringLiteral("1.002804"), QStringLiteral("--which"), QStringLiteral("asis"), QStringLiteral("--svg"), svg});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(fixtures::readAll(svg));
        const Workspace expected = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        for (const Step &s : expected.procedures[0].asIs.steps)
            QVERIFY2(text.contains(s.name.toHtmlEscaped()), qPrintable(s.name));
        r = studio({QStringLiteral("export-diagram"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                    QStringLiteral("1.002804"), QStringLiteral("--which"), QStringLiteral("tobe"), QStringLiteral("--png"), png,
                    QStringLiteral("--dpi"), QStringLiteral("200")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 200);
        r = studio({QStringLiteral("export-diagram"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                    QStringLiteral("1.002804"), QStringLiteral("--which"), QStringLiteral("asis"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(fixtures::readAll(pdf).startsWith("%PDF"));
        QCOMPARE(fixtures::fileHash(ws), before); // exporting changed nothing
        // Wrong use and unknown procedures.
        QCOMPARE(studio({QStringLiteral("export-diagram"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                         QStringLiteral("1.002804"), QStringLiteral("--which"), QStringLiteral("later"), QStringLiteral("--svg"), svg}).code, 2);
        r = studio({QStringLiteral("export-diagram"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                    QStringLiteral("9.9"), QStringLiteral("--which"), QStringLiteral("asis"), QStringLiteral("--svg"), svg});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("9.9")));
    }

    void exportValidatesAgainstSchema()
    {
        const QString ws = file(QStringLiteral("schema.tthc"));
        for (const char *s : {"doi-gplx.json", "vay-von-tra-luong-covid.json"})
            QCOMPARE(studio({QStringLiteral("import"), sample(QString::fromLatin1(s)), QStringLiteral("--workspace"), ws}).code, 0);
        const QString out = file(QStringLiteral("schema.json"));
        QCOMPARE(studio({QStringLiteral("export-json"), QStringLiteral("--workspace"), ws, QStringLiteral("-o"), out}).code, 0);
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, jsonschema\n"
                                 "schema = json.load(open(sys.argv[1]))\n"
                                 "data = json.load(open(sys.argv[2]))\n"
                                 "jsonschema.Draft202012Validator.check_schema(schema)\n"
                                 "errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))\n"
                                 "for e in errors: print('/'.join(map(str, e.absolute_path)), e.message)\n"
                                 "sys.exit(1 if errors else 0)\n"),
                  QStringLiteral(TTHC_SCHEMA), out});
        QVERIFY2(py.waitForFinished(60000), "python3 did not finish");
        const QString output = QString::fromUtf8(py.readAllStandardOutput() + py.readAllStandardError());
        QVERIFY2(py.exitStatus() == QProcess::NormalExit && py.exitCode() == 0,
                 qPrintable(QStringLiteral("schema check failed (is python3-jsonschema installed?):\n") + output));
    }

    void deriveToBe()
    {
        const QString ws = file(QStringLiteral("derive.tthc"));
        QCOMPARE(studio({QStringLiteral("import"), sample(QStringLiteral("doi-gplx.json")), QStringLiteral("--workspace"), ws}).code, 0);
        QCOMPARE(studio({QStringLiteral("import"), sample(QStringLiteral("vay-von-tra-luong-covid.json")), QStringLiteral("--workspace"), ws}).code, 0);
        Run r = studio({QStringLiteral("--help")});
        QVERIFY2(r.out.contains(QStringLiteral("tthc-studio derive --workspace W.tthc --procedure CODE [--force]")), qPrintable(r.out));
        // Wrong use, unknown procedure.
        QCOMPARE(studio({QStringLiteral("derive"), QStringLiteral("--workspace"), ws}).code, 2);
        QCOMPARE(studio({QStringLiteral("derive"), QStringLiteral("--procedure"), QStringLiteral("1.002804")}).code, 2);
        r = studio({QStringLiteral("derive"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"), QStringLiteral("9.9")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("9.9")));

        // The sample's e-process was drawn by hand: refused without --force, file untouched,
        // and the message lists what would change.
        const QByteArray before = fixtures::fileHash(ws);
        const QStringList derive{QStringLiteral("derive"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                                 QStringLiteral("1.002804")};
        r = studio(derive);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("1.002804")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("ts5d")) && r.err.contains(QStringLiteral("t4r")), qPrintable(r.err));
        QCOMPARE(fixtures::fileHash(ws), before);

        r = studio(derive + QStringList{QStringLiteral("--force")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Workspace original = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        Process expected = Derivation::deriveToBe(original, original.procedures[0]).value();
        Derivation::markGenerated(expected);
        const QString out = file(QStringLiteral("derived.json"));
        QCOMPARE(studio({QStringLiteral("export-json"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                         QStringLiteral("1.002804"), QStringLiteral("-o"), out}).code, 0);
        auto exported = TthcJson::importFile(out);
        QVERIFY(exported.ok());
        QCOMPARE(exported.workspace.procedures[0].toBe, expected);
        QVERIFY(!Derivation::isHandEdited(exported.workspace.procedures[0].toBe));
        QCOMPARE(exported.workspace.procedures[0].asIs, original.procedures[0].asIs);

        // Generated and untouched: deriving again needs no --force and changes nothing.
        const QByteArray generated = fixtures::fileHash(ws);
        r = studio(derive);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(fixtures::fileHash(ws), generated);

        // A group id works too (its e-process was drawn by hand: --force).
        r = studio({QStringLiteral("derive"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                    QStringLiteral("nhom-vay-von-covid")});
        QCOMPARE(r.code, 1);
        r = studio({QStringLiteral("derive"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                    QStringLiteral("nhom-vay-von-covid"), QStringLiteral("--force")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(studio({QStringLiteral("export-json"), QStringLiteral("--workspace"), ws, QStringLiteral("--procedure"),
                         QStringLiteral("nhom-vay-von-covid"), QStringLiteral("-o"), out}).code, 0);
        exported = TthcJson::importFile(out);
        QVERIFY(exported.ok());
        QCOMPARE(exported.workspace.groups[0].toBe.steps.size(), 5);
        QCOMPARE(exported.workspace.groups[0].toBe.steps[1].id, QStringLiteral("tg1"));
        QVERIFY(!Derivation::isHandEdited(exported.workspace.groups[0].toBe));
    }

    void reductions()
    {
        const QString ws = file(QStringLiteral("reductions.tthc"));
        QCOMPARE(studio({QStringLiteral("import"), sample(QStringLiteral("doi-gplx.json")), QStringLiteral("--workspace"), ws}).code, 0);
        QCOMPARE(studio({QStringLiteral("import"), sample(QStringLiteral("vay-von-tra-luong-covid.json")), QStringLiteral("--workspace"), ws}).code, 0);
        const QString small = file(QStringLiteral("small.json"));
        {
            QFile f(small);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(TthcJson::write(fixtures::small()));
        }
        QCOMPARE(studio({QStringLiteral("import"), small, QStringLiteral("--workspace"), ws}).code, 0);
        const QStringList base{QStringLiteral("reductions"), QStringLiteral("--workspace"), ws};
        // Usage: exactly one of --procedure and --group.
        QCOMPARE(studio(base).code, 2);
        QCOMPARE(studio(base + QStringList{QStringLiteral("--procedure"), QStringLiteral("1.002804"), QStringLiteral("--group"),
                                           QStringLiteral("nhom-vay-von-covid")}).code, 2);
        Run r = studio(base + QStringList{QStringLiteral("--procedure"), QStringLiteral("9.9")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("9.9")));
        // A group id is not a procedure.
        QCOMPARE(studio(base + QStringList{QStringLiteral("--procedure"), QStringLiteral("nhom-vay-von-covid")}).code, 1);
        QCOMPARE(studio(base + QStringList{QStringLiteral("--group"), QStringLiteral("1.002804")}).code, 1);

        // The table: Vietnamese number format whatever the language.
        r = studio(base + QStringList{QStringLiteral("--procedure"), QStringLiteral("1.002804")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9); // title, header, six indicators, the statutory time
        const QRegularExpression columns(QStringLiteral("\\s{2,}"));
        // Visits 2.11 → 1 (see tst_reductions): −1.11, −1.11 / 2.11 = −52.6 %.
        QCOMPARE(lines[2].split(columns).mid(1),
                 (QStringList{QStringLiteral("2,11"), QStringLiteral("1,00"), QStringLiteral("-1,11"), QStringLiteral("-52,6 %")}));
        // Processing 3.75 → 2.72 days: −1.03, −27.5 %; total elapsed 4.99 → 3.36: −1.63, −32.7 %.
        QCOMPARE(lines[6].split(columns).mid(1),
                 (QStringList{QStringLiteral("3,75"), QStringLiteral("2,72"), QStringLiteral("-1,03"), QStringLiteral("-27,5 %")}));
        QCOMPARE(lines[7].split(columns).mid(1),
                 (QStringList{QStringLiteral("4,99"), QStringLiteral("3,36"), QStringLiteral("-1,63"), QStringLiteral("-32,7 %")}));
        QVERIFY2(lines[8].contains(QStringLiteral("5")) && lines[8].contains(QStringLiteral("2,72")), qPrintable(lines[8]));

        // JSON with stable keys.
        r = studio(base + QStringList{QStringLiteral("--procedure"), QStringLiteral("1.002804"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("indicators"), QStringLiteral("procedure"), QStringLiteral("statutoryDays")}));
        QCOMPARE(root[QStringLiteral("statutoryDays")].toDouble(), 5.0);
        QCOMPARE(root[QStringLiteral("procedure")].toString(), QStringLiteral("1.002804"));
        QJsonArray indicators = root[QStringLiteral("indicators")].toArray();
        QCOMPARE(indicators.size(), 6);
        QStringList keys;
        for (const QJsonValue &v : std::as_const(indicators)) {
            keys << v[QStringLiteral("key")].toString();
            QCOMPARE(v.toObject().keys(), (QStringList{QStringLiteral("asIs"), QStringLiteral("change"), QStringLiteral("key"),
                                                       QStringLiteral("percent"), QStringLiteral("toBe")}));
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("visits"), QStringLiteral("documents"), QStringLiteral("manualSteps"),
                                    QStringLiteral("steps"), QStringLiteral("processingDays"), QStringLiteral("elapsedDays")}));
        const QJsonObject visits = indicators[0].toObject();
        QCOMPARE(visits[QStringLiteral("asIs")].toDouble(), 2.11);
        QCOMPARE(visits[QStringLiteral("toBe")].toDouble(), 1.0);
        QCOMPARE(visits[QStringLiteral("change")].toDouble(), 1 - 2.11);
        QCOMPARE(visits[QStringLiteral("percent")].toDouble(), (1 - 2.11) / 2.11 * 100);
        QCOMPARE(indicators[4].toObject()[QStringLiteral("asIs")].toDouble(), 3.75);
        QCOMPARE(indicators[5].toObject()[QStringLiteral("asIs")].toDouble(), 4.99);

        r = studio(base + QStringList{QStringLiteral("--group"), QStringLiteral("nhom-vay-von-covid"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("group"), QStringLiteral("indicators"), QStringLiteral("statutoryDays")}));
        QCOMPARE(root[QStringLiteral("group")].toString(), QStringLiteral("nhom-vay-von-covid"));
        indicators = root[QStringLiteral("indicators")].toArray();
        QCOMPARE(indicators[1].toObject()[QStringLiteral("asIs")].toDouble(), 6.0);
        QCOMPARE(indicators[1].toObject()[QStringLiteral("toBe")].toDouble(), 1.0);
        QCOMPARE(indicators[4].toObject()[QStringLiteral("toBe")].toDouble(), 4.63);
        QCOMPARE(indicators[5].toObject()[QStringLiteral("toBe")].toDouble(), 4.75);

        // No as-is figure: the percentage is null (P1 has no manual agency step).
        r = studio(base + QStringList{QStringLiteral("--procedure"), QStringLiteral("P1"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        indicators = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("indicators")].toArray();
        QCOMPARE(indicators[2].toObject()[QStringLiteral("key")].toString(), QStringLiteral("manualSteps"));
        QCOMPARE(indicators[2].toObject()[QStringLiteral("asIs")].toDouble(), 0.0);
        QVERIFY(indicators[2].toObject()[QStringLiteral("percent")].isNull());
        r = studio(base + QStringList{QStringLiteral("--procedure"), QStringLiteral("P1")});
        QCOMPARE(r.out.split(u'\n')[4].split(QRegularExpression(QStringLiteral("\\s{2,}"))).mid(1),
                 (QStringList{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("—")}));
    }

    void simulate()
    {
        const QString ws = file(QStringLiteral("simulate.tthc"));
        QCOMPARE(studio({QStringLiteral("import"), sample(QStringLiteral("doi-gplx.json")), QStringLiteral("--workspace"), ws}).code, 0);
        QCOMPARE(studio({QStringLiteral("import"), sample(QStringLiteral("vay-von-tra-luong-covid.json")), QStringLiteral("--workspace"), ws}).code, 0);
        QVERIFY(studio({QStringLiteral("--help")}).out.contains(QStringLiteral("tthc-studio simulate --workspace W.tthc --procedure CODE")));
        const QStringList base{QStringLiteral("simulate"), QStringLiteral("--workspace"), ws};
        const QStringList gplx = base + QStringList{QStringLiteral("--procedure"), QStringLiteral("1.002804")};
        // Usage: the procedure is needed; numbers must be numbers within range.
        QCOMPARE(studio(base).code, 2);
        QCOMPARE(studio(gplx + QStringList{QStringLiteral("--cases"), QStringLiteral("many")}).code, 2);
        QCOMPARE(studio(gplx + QStringList{QStringLiteral("--replications"), QStringLiteral("0")}).code, 2);
        QCOMPARE(studio(gplx + QStringList{QStringLiteral("--seed"), QStringLiteral("-1")}).code, 2);
        Run r = studio(base + QStringList{QStringLiteral("--procedure"), QStringLiteral("9.9")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("9.9")));
        QCOMPARE(studio(gplx + QStringList{QStringLiteral("--calendar"), file(QStringLiteral("missing.json"))}).code, 1);

        // JSON with stable keys, the same bytes for the same seed.
        const QStringList args = gplx + QStringList{QStringLiteral("--cases"), QStringLiteral("2000"), QStringLiteral("--seed"),
                                                    QStringLiteral("5"), QStringLiteral("--replications"), QStringLiteral("3")};
        const QString first = file(QStringLiteral("sim1.json")), second = file(QStringLiteral("sim2.json")),
                      third = file(QStringLiteral("sim3.json"));
        r = studio(args + QStringList{QStringLiteral("--json"), first});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1.002804")));
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 11); // title, run, header, 7 rows, events
        QCOMPARE(studio(args + QStringList{QStringLiteral("--json"), second}).code, 0);
        QCOMPARE(fixtures::fileHash(first), fixtures::fileHash(second));
        QCOMPARE(studio(gplx + QStringList{QStringLiteral("--cases"), QStringLiteral("2000"), QStringLiteral("--seed"),
                                           QStringLiteral("6"), QStringLiteral("--replications"), QStringLiteral("3"),
                                           QStringLiteral("--json"), third}).code, 0);
        QVERIFY(fixtures::fileHash(first) != fixtures::fileHash(third));

        const QJsonObject root = QJsonDocument::fromJson(fixtures::readAll(first)).object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("annualVolume"), QStringLiteral("asIs"), QStringLiteral("cases"),
                                           QStringLiteral("format"), QStringLiteral("hoursPerDay"), QStringLiteral("id"),
                                           QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("replications"),
                                           QStringLiteral("seed"), QStringLiteral("toBe"), QStringLiteral("version"),
                                           QStringLiteral("year")}));
        QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("tthc-simulation"));
        QCOMPARE(root[QStringLiteral("kind")].toString(), QStringLiteral("procedure"));
        QCOMPARE(root[QStringLiteral("cases")].toInt(), 2000);
        QCOMPARE(root[QStringLiteral("seed")].toInt(), 5);
        QCOMPARE(root[QStringLiteral("replications")].toInt(), 3);
        for (const QString &key : {QStringLiteral("asIs"), QStringLiteral("toBe")}) {
            const QJsonObject s = root[key].toObject();
            QCOMPARE(s.keys(), (QStringList{QStringLiteral("arrivalsPerHour"), QStringLiteral("cycleDays"),
                                            QStringLiteral("cycleHours"), QStringLiteral("finished"), QStringLiteral("lanes"),
                                            QStringLiteral("onTimeShare"), QStringLiteral("present"),
                                            QStringLiteral("replications"), QStringLiteral("statutoryDays"),
                                            QStringLiteral("stuck"), QStringLiteral("waitingShare")}));
            QVERIFY(s[QStringLiteral("present")].toBool());
            QCOMPARE(s[QStringLiteral("finished")].toInt(), 6000);
            const QJsonObject days = s[QStringLiteral("cycleDays")].toObject();
            QCOMPARE(days.keys(), (QStringList{QStringLiteral("mean"), QStringLiteral("p50"), QStringLiteral("p90"),
                                               QStringLiteral("p95")}));
            const QJsonObject mean = days[QStringLiteral("mean")].toObject();
            QCOMPARE(mean.keys(), (QStringList{QStringLiteral("halfWidth"), QStringLiteral("high"), QStringLiteral("low"),
                                               QStringLiteral("mean")}));
            QVERIFY(mean[QStringLiteral("low")].toDouble() <= mean[QStringLiteral("mean")].toDouble());
            QVERIFY(mean[QStringLiteral("mean")].toDouble() <= mean[QStringLiteral("high")].toDouble());
            QCOMPARE(s[QStringLiteral("replications")].toArray().size(), 3);
            const QJsonObject lane = s[QStringLiteral("lanes")].toArray().first().toObject();
            QCOMPARE(lane.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("meanQueueHours"),
                                               QStringLiteral("name"), QStringLiteral("staff"), QStringLiteral("staffDefaulted"),
                                               QStringLiteral("utilisation")}));
        }
        QVERIFY(root[QStringLiteral("toBe")][QStringLiteral("cycleDays")][QStringLiteral("mean")][QStringLiteral("mean")].toDouble()
                < root[QStringLiteral("asIs")][QStringLiteral("cycleDays")][QStringLiteral("mean")][QStringLiteral("mean")].toDouble());

        // A group id works as CODE; without --json only the table.
        r = studio(base + QStringList{QStringLiteral("--procedure"), QStringLiteral("nhom-vay-von-covid"), QStringLiteral("--cases"),
                                      QStringLiteral("500")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("nhom-vay-von-covid")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
