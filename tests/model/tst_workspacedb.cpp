// The workspace file: round trips, migrations, refusal of bad files without touching them,
// and crash safety under kill -9.
#include "fixtures.h"
#include "workspacedb.h"
#include "workspacemodel.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QDir>
#include <functional>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using namespace tthc;

namespace {

// A big workspace so that one save takes long enough to be killed in the middle of it.
Workspace manyProcedures(int count)
{
    const Workspace sample = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
    Workspace ws;
    ws.systems = sample.systems;
    for (int i = 0; i < count; ++i) {
        Procedure p = sample.procedures[0];
        p.code = QStringLiteral("9.%1").arg(i, 6, 10, QLatin1Char('0'));
        ws.procedures.append(p);
    }
    return ws;
}

QVariant pragma(const QString &path, const QString &name)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

} // namespace

class TestWorkspaceDb : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QString makeWorkspace(const QString &name, const Workspace &ws)
    {
        const QString path = file(name);
        auto db = WorkspaceDb::create(path);
        if (!db || !db.value()->replaceAll(ws))
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    // Writes 40 procedures to `path` while a reader's open transaction keeps the write-ahead
    // log from being checkpointed or removed, and calls `withLog` while the new pages are only
    // in the log.
    void writeIntoTheLog(const QString &path, const std::function<void()> &withLog)
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(path);
        QVERIFY(reader.open());
        {
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM procedure")) && q.next());
            {
                auto db = WorkspaceDb::open(path);
                QVERIFY2(db, qPrintable(db.error()));
                QVERIFY(db.value()->replaceAll(manyProcedures(40)));
            }
            withLog();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        }
        reader = {};
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

private slots:
    void saveLoadSamples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("doi-gplx") << QStringLiteral("doi-gplx.json");
        QTest::newRow("vay-von") << QStringLiteral("vay-von-tra-luong-covid.json");
        QTest::newRow("small") << QString();
    }

    void saveLoadSamples()
    {
        QFETCH(QString, sample);
        Workspace ws = sample.isEmpty() ? fixtures::small() : fixtures::loadSample(sample);
        ws.procedures[0].review = {ReviewState::Returned, QStringLiteral("Bổ sung phân tích bước 3"), {}, {}};
        ws.procedures[0].asIs.layout = QJsonObject{{QStringLiteral("direction"), QStringLiteral("TB")}};
        ws.extra.insert(QStringLiteral("note"), QStringLiteral("giữ nguyên"));
        const QString path = makeWorkspace(QStringLiteral("rt-%1.tthc").arg(QTest::currentDataTag()), ws);
        auto db = WorkspaceDb::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        auto loaded = db.value()->load();
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QVERIFY(loaded.value() == ws);
    }

    void pragmasAreSet()
    {
        const QString path = makeWorkspace(QStringLiteral("pragmas.tthc"), fixtures::small());
        auto db = WorkspaceDb::open(path);
        QVERIFY(db);
        QCOMPARE(db.value()->version(), WorkspaceDb::schemaVersion);
        QCOMPARE(pragma(path, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(path, QStringLiteral("application_id")).toUInt(), WorkspaceDb::applicationId);
    }

    void foreignKeysCascade()
    {
        const QString path = makeWorkspace(QStringLiteral("fk.tthc"), fixtures::small());
        auto db = WorkspaceDb::open(path);
        QVERIFY(db);
        QVERIFY(db.value()->load()); // a row is removed only by one who has seen it
        QVERIFY(db.value()->removeProcedure(QStringLiteral("P1")));
        int processes = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fk"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM process WHERE procedure_code IS NOT NULL")) && q.next());
            processes = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fk"));
        QCOMPARE(processes, 0); // ON DELETE CASCADE took the processes with the procedure
    }

    void unknownFieldsSurviveTheFile()
    {
        // Issue 11.7: every object kind keeps its unknown fields through the workspace file too.
        int n = 0;
        for (const auto &[source, marked] : fixtures::markedDocuments()) {
            const auto r = TthcJson::import(QJsonDocument(marked).toJson());
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            const QString path = makeWorkspace(QStringLiteral("marked-%1.tthc").arg(n++), r.workspace);
            auto db = WorkspaceDb::open(path);
            QVERIFY2(db, qPrintable(db.error()));
            auto loaded = db.value()->load();
            QVERIFY2(loaded, qPrintable(loaded.error()));
            const QJsonObject written = QJsonDocument::fromJson(TthcJson::write(loaded.value())).object();
            const QStringList missing = fixtures::missingMarks(marked, written);
            QVERIFY2(missing.isEmpty(), qPrintable(source + QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
        }
    }

    void migratesFromVersion1()
    {
        const QString path = file(QStringLiteral("v1.tthc"));
        {
            auto old = WorkspaceDb::createAtVersion(path, 1);
            QVERIFY2(old, qPrintable(old.error()));
            QCOMPARE(old.value()->version(), 1);
            Workspace ws = fixtures::small(); // no review: version 1 has no review table
            QVERIFY(old.value()->saveSystems(ws.systems));
        }
        auto db = WorkspaceDb::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->version(), WorkspaceDb::schemaVersion);
        Procedure p = fixtures::small().procedures[0];
        p.review.state = ReviewState::Submitted;
        QVERIFY(db.value()->saveProcedure(p, 0));
        auto loaded = db.value()->load();
        QVERIFY(loaded);
        QCOMPARE(loaded.value().systems.size(), 1);
        QCOMPARE(loaded.value().procedures[0].review.state, ReviewState::Submitted);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("is not a TTHC Studio workspace");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("is not a TTHC Studio workspace");
        QTest::newRow("other sqlite") << QStringLiteral("other") << QStringLiteral("is not a TTHC Studio workspace");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("truncated");
        QTest::newRow("corrupt page") << QStringLiteral("corrupt") << QStringLiteral("damaged");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
    }

    void refusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        const QString path = file(QStringLiteral("bad-%1.tthc").arg(kind));
        if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                f.write("Đây không phải là không gian làm việc\n");
        } else if (kind == QLatin1String("other")) {
            {
                QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                c.setDatabaseName(path);
                QVERIFY(c.open());
                QSqlQuery q(c);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else {
            const QString good = makeWorkspace(QStringLiteral("good-%1.tthc").arg(kind), manyProcedures(30));
            QVERIFY(QFile::copy(good, path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("truncated")) {
                QVERIFY(f.resize(f.size() / 2));
            } else if (kind == QLatin1String("corrupt")) {
                // Scribble over the pages after the schema: b-tree pages become garbage.
                const int pageSize = 4096;
                QVERIFY(f.size() > 6 * pageSize);
                for (qint64 page = 2; page * pageSize < f.size(); page += 2) {
                    f.seek(page * pageSize);
                    f.write(QByteArray(64, '\xA5'));
                }
            } else if (kind == QLatin1String("newer")) {
                f.close();
                {
                    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                    c.setDatabaseName(path);
                    QVERIFY(c.open());
                    QSqlQuery q(c);
                    QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
                    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
                }
                QSqlDatabase::removeDatabase(QStringLiteral("newer"));
            }
        }
        const QByteArray before = fixtures::fileHash(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        auto db = WorkspaceDb::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(fragment), qPrintable(db.error()));
        QVERIFY2(db.error().contains(path), qPrintable(db.error()));
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(fixtures::fileHash(path), before);
    }

    void opensAfterACrashDuringTheCheckpoint()
    {
        // Issue 11.1: a process killed while checkpointing leaves a main file whose header
        // already counts the pages that are still only in the write-ahead log. SQLite recovers
        // such a file; it used to be refused as "truncated".
        const QString original = makeWorkspace(QStringLiteral("checkpoint.tthc"), fixtures::small());
        const QString copy = file(QStringLiteral("checkpoint-crash.tthc"));
        int pages = 0;
        writeIntoTheLog(original, [&] {
            const qint64 mainSize = QFileInfo(original).size();
            QVERIFY(QFileInfo(original + QStringLiteral("-wal")).size() > mainSize); // the new pages are in the log
            QFile::remove(copy);
            QVERIFY(QFile::copy(original, copy));
            QVERIFY(QFile::copy(original + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
            pages = pragma(original, QStringLiteral("page_count")).toInt(); // with the log
            QVERIFY(qint64(pages) * 4096 > mainSize);
        });
        {
            // The checkpoint had written page 1 (the header with the new page count) and died.
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray header = f.read(100);
            qToBigEndian<quint32>(quint32(pages), reinterpret_cast<uchar *>(header.data()) + 28);
            std::copy(header.begin() + 24, header.begin() + 28, header.begin() + 92); // size valid for this change
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(header), qint64(100));
        }
        auto db = WorkspaceDb::open(copy);
        QVERIFY2(db, qPrintable(db.error()));
        auto loaded = db.value()->load();
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value().procedures.size(), 40);
    }

    void createMovesAnOrphanedLogAside()
    {
        // A workspace deleted without its -wal (a file manager that removes only the .tthc, or
        // a killed test run): SQLite would replay that log over a new file of the same name
        // and report it "malformed". The orphan is moved aside (kept), the new file is whole.
        const QString original = makeWorkspace(QStringLiteral("orphan-source.tthc"), fixtures::small());
        const QString fresh = file(QStringLiteral("orphan.tthc"));
        writeIntoTheLog(original, [&] {
            QVERIFY(QFile::copy(original + QStringLiteral("-wal"), fresh + QStringLiteral("-wal")));
        });
        const QByteArray orphan = fixtures::fileHash(fresh + QStringLiteral("-wal"));
        {
            auto db = WorkspaceDb::create(fresh);
            QVERIFY2(db, qPrintable(db.error()));
            QVERIFY(db.value()->replaceAll(fixtures::small()));
        }
        auto db = WorkspaceDb::open(fresh);
        QVERIFY2(db, qPrintable(db.error()));
        auto loaded = db.value()->load();
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value().procedures.size(), 1);
        QCOMPARE(pragma(fresh, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("orphan.tthc-wal.orphan-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(fixtures::fileHash(m_dir.filePath(kept.first())), orphan);
    }

    void interruptedCreationLeavesNoStub()
    {
#ifndef Q_OS_UNIX
        QSKIP("kill -9 is a Unix test");
#else
        // Issue 11.6: a process killed while it creates a workspace must leave either nothing
        // or a complete workspace under the name: never a stub that later opens refuse.
        QTemporaryDir dir;
        for (int round = 0; round < 12; ++round) {
            QProcess child;
            child.start(QStringLiteral(CRASH_WRITER), {QStringLiteral("--create"), dir.path()});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            QVERIFY(child.waitForReadyRead(20000));
            QTest::qWait(3 * round + 1);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            const QStringList made = QDir(dir.path()).entryList({QStringLiteral("w-*.tthc")}, QDir::Files);
            QVERIFY(!made.isEmpty());
            for (const QString &name : made) {
                auto db = WorkspaceDb::open(dir.filePath(name));
                QVERIFY2(db, qPrintable(name + QStringLiteral(": ") + db.error()));
            }
            // Leftover temporary files carry another name; remove everything for the next round.
            for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
                QFile::remove(dir.filePath(name));
        }
#endif
    }

    void damagedIndexRefusesWrites()
    {
        // Issue 11.10: an index whose entries no longer match its table passes quick_check (the
        // file opens and reads), but the full check in the background must refuse the first
        // write with a clear message, and the file stays as it was.
        const QString path = makeWorkspace(QStringLiteral("badindex.tthc"), manyProcedures(20));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hack"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QSqlQuery q(c);
            // The stored index is on (agency, field); the schema now claims (field, agency).
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
            QVERIFY(q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX procedure_catalogue ON procedure (field, agency)' "
                                          "WHERE name = 'procedure_catalogue'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hack"));
        const QByteArray before = fixtures::fileHash(path);
        auto db = WorkspaceDb::open(path);
        QVERIFY2(db, qPrintable(db.error())); // quick_check passes
        QVERIFY(db.value()->load());
        Procedure p = fixtures::small().procedures[0];
        const Status saved = db.value()->saveProcedure(p, 0);
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QStringLiteral("is damaged")), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QStringLiteral("procedure_catalogue")), qPrintable(saved.error()));
        QVERIFY(!db.value()->integrity());
        db = decltype(db)::failure(QString()); // close
        QCOMPARE(fixtures::fileHash(path), before);
    }

    // Issue 11, items 5 and 11: a write that cannot happen says why — opened read-only, disk
    // full, locked by another program — and never calls a healthy file damaged.
    void writeFailuresNameTheCause()
    {
        const QString path = makeWorkspace(QStringLiteral("causes.tthc"), fixtures::small());
        const QByteArray before = fixtures::fileHash(path);
        {
            auto reader = WorkspaceDb::open(path, WorkspaceDb::Access::ReadOnly);
            QVERIFY2(reader, qPrintable(reader.error()));
            QVERIFY(reader.value()->isReadOnly());
            auto loaded = reader.value()->load();
            QVERIFY(loaded);
            QCOMPARE(loaded.value().procedures.size(), 1);
            const Status s = reader.value()->saveProcedure(loaded.value().procedures[0], -1);
            QVERIFY2(!s && s.error().contains(QStringLiteral("reading only")) && !s.error().contains(QStringLiteral("damaged")),
                     qPrintable(s.error()));
        }
        QCOMPARE(fixtures::fileHash(path), before);

        // Locked: another program holds the write lock longer than we wait.
        WorkspaceDb::setBusyTimeoutMs(300);
        {
            auto db = WorkspaceDb::open(path);
            QVERIFY(db);
            auto loaded = db.value()->load();
            QVERIFY(loaded);
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
                other.setDatabaseName(path);
                QVERIFY(other.open());
                QSqlQuery lock(other);
                QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
                const Status s = db.value()->saveProcedure(loaded.value().procedures[0], -1);
                QVERIFY2(!s && s.error().contains(QStringLiteral("another program is using the workspace"))
                             && s.error().contains(QStringLiteral("1 second")) && !s.error().contains(QStringLiteral("database is locked")),
                         qPrintable(s.error()));
                QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("locker"));
            // Disk full: SQLite's page limit on our own connection stands in for the disk.
            QString connection;
            for (const QString &name : QSqlDatabase::connectionNames())
                if (name.startsWith(QStringLiteral("tthc-workspace-")) && QSqlDatabase::database(name, false).databaseName() == path)
                    connection = name;
            QVERIFY(!connection.isEmpty());
            QSqlQuery limit(QSqlDatabase::database(connection));
            QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pragma(path, QStringLiteral("page_count")).toInt())));
            Workspace big = manyProcedures(40);
            const Status s = db.value()->saveProcedure(big.procedures[0], -1);
            QVERIFY2(!s && s.error().contains(QStringLiteral("disk is full")) && !s.error().contains(QStringLiteral("damaged")),
                     qPrintable(s.error()));
        }
        WorkspaceDb::setBusyTimeoutMs(10000);
        auto again = WorkspaceDb::open(path);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value()->load().value().procedures.size(), 1);
    }

    void missingFile()
    {
        auto db = WorkspaceDb::open(file(QStringLiteral("nothing-here.tthc")));
        QVERIFY(!db);
        QVERIFY(db.error().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("nothing-here.tthc"))));
    }

    void createRefusesExisting()
    {
        const QString path = makeWorkspace(QStringLiteral("exists.tthc"), fixtures::small());
        const QByteArray before = fixtures::fileHash(path);
        QVERIFY(!WorkspaceDb::create(path));
        QCOMPARE(fixtures::fileHash(path), before);
    }

    void survivesKillDuringSave()
    {
#ifndef Q_OS_UNIX
        QSKIP("kill -9 is a Unix test");
#else
        const int count = 150;
        const QString path = makeWorkspace(QStringLiteral("crash.tthc"), manyProcedures(count));
        for (int round = 0; round < 3; ++round) {
            QProcess child;
            child.start(QStringLiteral(CRASH_WRITER), {path});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Let it commit a few generations, then kill it at a moment that varies per round.
            int acknowledged = 0;
            QByteArray pending;
            while (acknowledged < 3 + round) {
                QVERIFY2(child.waitForReadyRead(20000), "the writer stopped committing");
                pending += child.readAllStandardOutput();
                const QList<QByteArray> lines = pending.split('\n');
                for (int i = 0; i + 1 < lines.size(); ++i)
                    acknowledged = std::max(acknowledged, lines[i].trimmed().toInt());
                pending = lines.last();
            }
            QTest::qWait(7 * round + 3);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = (pending + child.readAllStandardOutput()).split('\n');
            for (const QByteArray &l : lines)
                acknowledged = std::max(acknowledged, l.trimmed().toInt());

            auto db = WorkspaceDb::open(path);
            QVERIFY2(db, qPrintable(db.error()));
            auto loaded = db.value()->load();
            QVERIFY2(loaded, qPrintable(loaded.error()));
            const Workspace &ws = loaded.value();
            QCOMPARE(ws.procedures.size(), count);
            // All or nothing: one generation throughout, at least the last acknowledged one.
            const double generation = ws.procedures[0].annualVolume;
            for (const Procedure &p : ws.procedures)
                QCOMPARE(p.annualVolume, generation);
            QVERIFY2(generation >= acknowledged && generation <= acknowledged + 1,
                     qPrintable(QStringLiteral("generation %1, acknowledged %2").arg(generation).arg(acknowledged)));
        }
#endif
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceDb)
#include "tst_workspacedb.moc"
