#include "workspacedb.h"
#include "tthcjson.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QUrl>
#include <QScopeGuard>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <array>
#include <atomic>
#include <thread>
#include <vector>

namespace tthc {

namespace {

// Forward migrations: entry i brings a workspace from version i to version i + 1.
const char *const migrations[] = {
    // 0 → 1: the catalogue, processes, groups and the systems registry.
    R"sql(
    CREATE TABLE schema_version (version INTEGER NOT NULL);
    INSERT INTO schema_version VALUES (0);
    CREATE TABLE workspace_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE system (
        id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
        kind TEXT NOT NULL, readiness TEXT NOT NULL, body TEXT NOT NULL);
    CREATE TABLE procedure (
        code TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
        field TEXT NOT NULL, agency TEXT NOT NULL, level TEXT NOT NULL,
        annual_volume REAL NOT NULL, complaints_per_year REAL NOT NULL,
        statutory_days REAL NOT NULL, online_level TEXT NOT NULL, body TEXT NOT NULL);
    CREATE INDEX procedure_catalogue ON procedure (agency, field);
    CREATE TABLE procedure_group (
        id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL);
    CREATE TABLE group_member (
        group_id TEXT NOT NULL REFERENCES procedure_group (id) ON DELETE CASCADE,
        position INTEGER NOT NULL, procedure_code TEXT NOT NULL,
        PRIMARY KEY (group_id, position));
    CREATE TABLE process (
        procedure_code TEXT REFERENCES procedure (code) ON DELETE CASCADE,
        group_id TEXT REFERENCES procedure_group (id) ON DELETE CASCADE,
        which TEXT NOT NULL CHECK (which IN ('asIs', 'toBe')),
        body TEXT NOT NULL,
        CHECK ((procedure_code IS NULL) <> (group_id IS NULL)));
    CREATE UNIQUE INDEX process_of_procedure ON process (procedure_code, which) WHERE procedure_code IS NOT NULL;
    CREATE UNIQUE INDEX process_of_group ON process (group_id, which) WHERE group_id IS NOT NULL;
    )sql",
    // 1 → 2: the appraisal (review) state of proposals.
    R"sql(
    CREATE TABLE review (
        procedure_code TEXT UNIQUE REFERENCES procedure (code) ON DELETE CASCADE,
        group_id TEXT UNIQUE REFERENCES procedure_group (id) ON DELETE CASCADE,
        state TEXT NOT NULL, comments TEXT NOT NULL DEFAULT '',
        decision_no TEXT NOT NULL DEFAULT '', decision_date TEXT,
        updated_at TEXT NOT NULL,
        CHECK ((procedure_code IS NULL) <> (group_id IS NULL)));
    )sql",
    // 2 → 3: the fields of a review this version does not know (tthc-json is lossless).
    R"sql(
    ALTER TABLE review ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
    )sql",
    // 3 → 4: a revision per procedure and group, for optimistic locking between programs that
    // have the file open at once (the registry's and the workspace fields' are workspace_info keys).
    R"sql(
    ALTER TABLE procedure ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE procedure_group ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    )sql",
};
static_assert(std::size(migrations) == WorkspaceDb::schemaVersion);

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QJsonObject parseObject(const QString &text, bool *ok)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    *ok = err.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tthc-workspace-%1").arg(counter.fetch_add(1));
}

// What the first 100 bytes of a file say about it, before SQLite touches it.
enum class FileCheck { Ok, NotWorkspace, Truncated };
FileCheck checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return FileCheck::NotWorkspace;
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return FileCheck::NotWorkspace;
    const auto *u = reinterpret_cast<const uchar *>(h.constData());
    if (qFromBigEndian<quint32>(u + 68) != WorkspaceDb::applicationId)
        return FileCheck::NotWorkspace;
    quint32 pageSize = qFromBigEndian<quint16>(u + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(u + 28);
    const bool sizeValid = qFromBigEndian<quint32>(u + 24) == qFromBigEndian<quint32>(u + 92);
    // A write-ahead log beside the file holds pages the main file does not have yet (a process
    // killed during a checkpoint leaves a grown header over a file that has not grown): SQLite
    // recovers from the log, so only SQLite's own check can call such a file damaged.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return FileCheck::Ok;
    if (sizeValid && qint64(pages) * pageSize > f.size())
        return FileCheck::Truncated;
    return FileCheck::Ok;
}

} // namespace

WorkspaceDb::WorkspaceDb(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

WorkspaceDb::~WorkspaceDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

namespace {
std::atomic<int> busyMs{10000};
}

int WorkspaceDb::busyTimeoutMs() { return busyMs.load(); }
void WorkspaceDb::setBusyTimeoutMs(int ms) { busyMs.store(ms); }

QString WorkspaceDb::describe(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return error.text();
    switch (code & 0xff) { // SQLite's primary result codes
    case 3: // SQLITE_PERM
        return tr("permission denied");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("another program is using the workspace and did not release it within %n second(s); "
                  "try again when it has finished",
                  nullptr, (busyTimeoutMs() + 999) / 1000);
    case 8: // SQLITE_READONLY
        return tr("the file or its folder is read-only");
    case 10: // SQLITE_IOERR
        if (code == 778 || code == 3338) // SQLITE_IOERR_WRITE, SQLITE_IOERR_SHORT_WRITE… of a write
            return tr("writing to the disk failed: the disk is full or failing (%1)").arg(error.databaseText());
        return tr("a disk error (%1)").arg(error.databaseText());
    case 13: // SQLITE_FULL
        return tr("the disk is full");
    case 14: // SQLITE_CANTOPEN
        return tr("the file cannot be opened (its folder is missing, read-only, or not permitted)");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("the file is damaged (%1)").arg(error.databaseText());
    default:
        return error.text();
    }
}

namespace {
bool isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}
} // namespace

namespace {
void configure(QSqlDatabase &db, const QString &path, bool readOnly, bool immutable)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(WorkspaceDb::busyTimeoutMs());
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // Nobody can write a file in a folder that cannot be written (a writer needs its log
        // beside it), so SQLite may read it without the shared-memory file it cannot create.
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
}
} // namespace

Result<std::unique_ptr<WorkspaceDb>> WorkspaceDb::openConnection(const QString &path, Access access, bool immutable)
{
    using R = Result<std::unique_ptr<WorkspaceDb>>;
    const QString name = nextConnectionName();
    std::unique_ptr<WorkspaceDb> ws(new WorkspaceDb(path, name));
    ws->m_immutable = immutable;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    configure(db, path, access == Access::ReadOnly, immutable);
    if (!db.open())
        return R::failure(tr("Cannot open the workspace “%1”: %2").arg(path, describe(db.lastError())));
    return R(std::move(ws));
}

Result<std::unique_ptr<WorkspaceDb>> WorkspaceDb::open(const QString &path, Access access)
{
    using R = Result<std::unique_ptr<WorkspaceDb>>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("The workspace “%1” does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return R::failure(tr("The workspace “%1” cannot be read.").arg(path));
    switch (checkHeader(path)) {
    case FileCheck::NotWorkspace:
        return R::failure(tr("“%1” is not a TTHC Studio workspace.").arg(path));
    case FileCheck::Truncated:
        return R::failure(tr("The workspace “%1” is truncated (the file is shorter than its contents); "
                             "it was not opened and has not been changed. Restore it from a backup.")
                              .arg(path));
    case FileCheck::Ok:
        break;
    }
    // A file or folder that cannot be written is opened read-only, whatever was asked.
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool pendingLog = wal.exists() && wal.size() > 0;
    const Access mode = writable ? access : Access::ReadOnly;
    R opened = openConnection(path, mode, !writable && !pendingLog);
    if (!opened)
        return opened;
    WorkspaceDb &ws = *opened.value();
    if (!writable)
        ws.m_readOnlyReason = tr("the file or its folder is read-only");
    else if (access == Access::ReadOnly)
        ws.m_readOnlyReason = tr("it was opened for reading only");
    QSqlDatabase db = QSqlDatabase::database(ws.m_connection);
    const QString damaged = tr("The workspace “%1” is damaged; it was not opened and has not been changed. "
                               "Restore it from a backup. (%2)");
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            if (isDamage(check.lastError()))
                return R::failure(damaged.arg(path, check.lastError().databaseText()));
            if (!writable && pendingLog)
                return R::failure(tr("Cannot open the workspace “%1”: its folder is read-only and its log file "
                                     "(%2) holds changes not yet in the file. Copy both files to a folder "
                                     "that can be written and open the copy.")
                                      .arg(path, wal.fileName()));
            return R::failure(tr("Cannot open the workspace “%1”: %2").arg(path, describe(check.lastError())));
        }
        QStringList problems;
        while (check.next())
            if (check.value(0).toString() != QLatin1String("ok"))
                problems << check.value(0).toString();
        if (!problems.isEmpty())
            return R::failure(damaged.arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
    }
    const int version = ws.version();
    if (version < 0)
        return R::failure(damaged.arg(path, tr("no schema version")));
    if (version > schemaVersion)
        return R::failure(tr("The workspace “%1” was saved by a newer version of TTHC Studio (schema %2; "
                             "this version knows up to %3). Update TTHC Studio to open it; the file has not been changed.")
                              .arg(path)
                              .arg(version)
                              .arg(schemaVersion));
    if (version < schemaVersion && ws.isReadOnly()) {
        if (!writable)
            return R::failure(tr("The workspace “%1” was saved by an older version of TTHC Studio (schema %2) and "
                                 "must be upgraded to schema %3 before it can be read, which needs write access: "
                                 "copy it to a folder that can be written, or open it once where it can be written.")
                                  .arg(path)
                                  .arg(version)
                                  .arg(schemaVersion));
        opened = R::failure(QString()); // closes this connection; the upgrade is a write
        return open(path, Access::ReadWrite);
    }
    if (Status s = ws.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return R::failure(s.error());
    if (!ws.isReadOnly()) {
        if (Status s = ws.exec(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return R::failure(s.error());
        if (Status s = ws.exec(QStringLiteral("PRAGMA synchronous = FULL")); !s)
            return R::failure(s.error());
    }
    if (version < schemaVersion)
        if (Status s = ws.migrate(version, schemaVersion); !s)
            return R::failure(s.error());
    ws.m_dataVersion = ws.dataVersion();
    return opened; // the full integrity check starts after the first load (not to slow it down)
}

namespace {
// integrity_check on a connection of its own (a QSqlDatabase belongs to the thread that made it).
QString integrityProblems(const QString &path, bool immutable)
{
    const QString name = nextConnectionName();
    QString problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        configure(db, path, true, immutable);
        // Only SQLite's verdict makes a file damaged: a check that cannot run (the machine's
        // problem) leaves the file as quick_check found it, and the writes report their own causes.
        if (!db.open()) {
            if (isDamage(db.lastError()))
                problems = db.lastError().databaseText();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)"))) {
                if (isDamage(q.lastError()))
                    problems = q.lastError().databaseText();
            } else {
                QStringList found;
                while (q.next())
                    if (q.value(0).toString() != QLatin1String("ok"))
                        found << q.value(0).toString();
                problems = found.mid(0, 3).join(QStringLiteral("; "));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}
} // namespace

void WorkspaceDb::startIntegrityCheck()
{
    m_integrity = std::async(std::launch::async, integrityProblems, m_path, m_immutable).share();
}

Status WorkspaceDb::integrity()
{
    if (m_integrityKnownGood)
        return success();
    const QString problems = m_integrity.valid() ? m_integrity.get() : integrityProblems(m_path, m_immutable);
    if (!problems.isEmpty())
        return Status::failure(tr("The workspace “%1” is damaged (%2); nothing was saved to it. "
                                  "Export what you need to tthc-json and restore the file from a backup.")
                                   .arg(m_path, problems));
    m_integrityKnownGood = true;
    return success();
}

Result<std::unique_ptr<WorkspaceDb>> WorkspaceDb::create(const QString &path)
{
    return createAtVersion(path, schemaVersion);
}

Result<std::unique_ptr<WorkspaceDb>> WorkspaceDb::createAtVersion(const QString &path, int version)
{
    using R = Result<std::unique_ptr<WorkspaceDb>>;
    if (QFileInfo::exists(path))
        return R::failure(tr("The file “%1” already exists.").arg(path));
    // The schema is made in a temporary file beside the target and moved into place only when
    // it is complete, so an interrupted creation never leaves a stub under the workspace's name.
    // (SQLite creates it, with the usual permissions; the name is this process's own.)
    const QString temp = QStringLiteral("%1.new-%2-%3")
                             .arg(path)
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate64(), 0, 36);
    auto discard = [&temp] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(temp + suffix);
    };
    Status built = success();
    {
        R building = openConnection(temp);
        if (!building) {
            built = Status::failure(building.error());
        } else {
            WorkspaceDb &ws = *building.value();
            ws.m_integrityKnownGood = true; // made here, now
            for (const char *pragma : {"PRAGMA application_id = 1414809667", "PRAGMA foreign_keys = ON",
                                       "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"})
                if (built)
                    built = ws.exec(QString::fromLatin1(pragma));
            if (built)
                built = ws.migrate(0, version);
            if (built)
                built = ws.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    } // closed: the log is checkpointed into the file and removed
    if (!built) {
        discard();
        return R::failure(built.error());
    }
    // A log left beside a workspace that was deleted (the file removed, its -wal not) would be
    // replayed by SQLite over the new file and damage it: such orphans are moved aside, kept.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString orphan = path + suffix;
        if (QFileInfo::exists(orphan) && !QFileInfo::exists(path))
            QFile::rename(orphan, QStringLiteral("%1.orphan-%2").arg(orphan).arg(QDateTime::currentSecsSinceEpoch()));
    }
    // link() never replaces an existing file, so two creators cannot overwrite each other.
    // (A file system without hard links falls back to rename, which Qt refuses over a file.)
    if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        const bool noLinks = err == EPERM || err == EOPNOTSUPP || err == ENOSYS || err == EXDEV;
        if (!noLinks || !QFile::rename(temp, path)) {
            discard();
            return R::failure(err == EEXIST || QFileInfo::exists(path)
                                  ? tr("The file “%1” already exists.").arg(path)
                                  : tr("Cannot create the workspace “%1”: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
        }
    }
    discard();
    R opened = openConnection(path);
    if (!opened)
        return opened;
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) // per connection
        if (Status s = opened.value()->exec(QString::fromLatin1(pragma)); !s)
            return R::failure(s.error());
    opened.value()->m_dataVersion = opened.value()->dataVersion();
    opened.value()->m_integrityKnownGood = true;
    return opened;
}

int WorkspaceDb::version() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status WorkspaceDb::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql))
        return Status::failure(tr("Cannot use the workspace “%1”: %2").arg(m_path, describe(q.lastError())));
    return success();
}

Status WorkspaceDb::migrate(int from, int to)
{
    return transaction([&]() -> Status {
        // Another program may have migrated the file between our reading its version and
        // this transaction.
        from = std::max(from, version());
        if (from >= to)
            return success();
        for (int v = from; v < to; ++v) {
            const QStringList statements = QString::fromLatin1(migrations[v]).split(u';', Qt::SkipEmptyParts);
            for (const QString &st : statements)
                if (!st.trimmed().isEmpty())
                    if (Status s = exec(st); !s)
                        return Status::failure(tr("Cannot upgrade the workspace to schema %1: %2").arg(v + 1).arg(s.error()));
        }
        return exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(to));
    });
}

Status WorkspaceDb::begin()
{
    if (m_depth > 0) {
        ++m_depth;
        return success();
    }
    if (isReadOnly())
        return Status::failure(tr("Cannot save to the workspace “%1”: %2; nothing was saved.").arg(m_path, m_readOnlyReason));
    // The first write after opening waits for the background integrity check (or runs it).
    if (!m_integrityKnownGood)
        if (Status s = integrity(); !s)
            return s;
    ++m_depth;
    m_conflict = false;
    m_staged = m_known;
    m_nextPosition.clear();
    Status s = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!s)
        m_depth = 0;
    return s;
}

Status WorkspaceDb::finish(Status result)
{
    if (--m_depth > 0)
        return result;
    if (!result) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (Status s = exec(QStringLiteral("COMMIT")); !s) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    m_known = m_staged; // what this transaction wrote is what the file now holds
    return result;
}

qint64 WorkspaceDb::dataVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool WorkspaceDb::changedElsewhere() const
{
    return m_depth == 0 && dataVersion() != m_dataVersion;
}

namespace {
// A prepared statement that reports its error in the workspace's words.
class Statement {
public:
    Statement(const QString &connection, const QString &sql) : m_q(QSqlDatabase::database(connection))
    {
        m_ok = m_q.prepare(sql);
    }
    // A null QString would be stored as SQL NULL; text columns hold "" instead. Pass an
    // invalid QVariant for a real NULL.
    Statement &bind(const QVariant &v)
    {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            m_q.addBindValue(QStringLiteral(""));
        else
            m_q.addBindValue(v);
        return *this;
    }
    Status run()
    {
        if (!m_ok || !m_q.exec())
            return Status::failure(WorkspaceDb::tr("Cannot save to the workspace: %1").arg(WorkspaceDb::describe(m_q.lastError())));
        return success();
    }
    QSqlQuery &query() { return m_q; }

private:
    QSqlQuery m_q;
    bool m_ok = false;
};

QVariant ownerColumn(ProcessRef::Owner owner, ProcessRef::Owner column, const QString &id)
{
    return owner == column ? QVariant(id) : QVariant();
}

const char *const systemsRevisionKey = "revision.systems";
const char *const extraRevisionKey = "revision.extra";
} // namespace

Result<qint64> WorkspaceDb::storedRevision(const QString &sql, const QString &id)
{
    Statement st(m_connection, sql);
    if (Status s = st.bind(id).run(); !s)
        return Result<qint64>::failure(s.error());
    return st.query().next() ? st.query().value(0).toLongLong() : qint64(0);
}

Status WorkspaceDb::conflict(const QString &what, Change change)
{
    m_conflict = true;
    const QString how = change == Change::Added     ? tr("was added to the file by another user or program after you opened it")
                        : change == Change::Deleted ? tr("was deleted from the file by another user or program after you opened it")
                                                    : tr("was changed in the file by another user or program after you opened it");
    return Status::failure(tr("%1 %2 (“%3”). Nothing was saved, so their work is not overwritten.").arg(what, how, m_path));
}

Result<qint64> WorkspaceDb::claim(Row row, const QString &id, bool removing, qint64 *current)
{
    using R = Result<qint64>;
    const bool procedure = row == Row::Procedure;
    const R stored = storedRevision(procedure ? QStringLiteral("SELECT revision FROM procedure WHERE code = ?")
                                              : QStringLiteral("SELECT revision FROM procedure_group WHERE id = ?"),
                                    id);
    if (!stored)
        return stored;
    QHash<QString, qint64> &known = procedure ? m_staged.procedures : m_staged.groups;
    const qint64 mine = known.value(id, 0);
    if (current)
        *current = stored.value();
    if (stored.value() != mine)
        return R::failure(conflict((procedure ? tr("The procedure “%1”") : tr("The group “%1”")).arg(id),
                                   mine == 0              ? Change::Added
                                   : stored.value() == 0 ? Change::Deleted
                                                         : Change::Changed)
                              .error());
    if (removing) {
        known.remove(id);
        return qint64(0);
    }
    known.insert(id, stored.value() + 1);
    return stored.value() + 1;
}

Result<qint64> WorkspaceDb::claimInfo(const char *key, qint64 Revisions::*member)
{
    using R = Result<qint64>;
    const R stored = storedRevision(QStringLiteral("SELECT CAST(value AS INTEGER) FROM workspace_info WHERE key = ?"),
                                    QString::fromLatin1(key));
    if (!stored)
        return stored;
    const bool systems = member == &Revisions::systems;
    if (stored.value() != m_staged.*member)
        return R::failure(conflict(systems ? tr("The systems registry") : tr("The workspace settings (dossier settings)"),
                                   Change::Changed)
                              .error());
    const qint64 next = stored.value() + 1;
    Statement up(m_connection, QStringLiteral("INSERT OR REPLACE INTO workspace_info (key, value) VALUES (?, ?)"));
    if (Status s = up.bind(QString::fromLatin1(key)).bind(QString::number(next)).run(); !s)
        return R::failure(s.error());
    m_staged.*member = next;
    return next;
}

Result<qint64> WorkspaceDb::nextPosition(Row row)
{
    const int key = int(row);
    if (!m_nextPosition.contains(key)) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (!q.exec(row == Row::Procedure ? QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM procedure")
                                          : QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM procedure_group"))
            || !q.next())
            return Result<qint64>::failure(tr("Cannot save to the workspace: %1").arg(describe(q.lastError())));
        m_nextPosition.insert(key, q.value(0).toLongLong());
    }
    return m_nextPosition[key]++;
}

namespace {
QString processText(const Process &process)
{
    return process.isEmpty() && process.layout.isEmpty() ? QString() : compact(TthcJson::processToJson(process));
}
} // namespace

WorkspaceDb::ProcedureText WorkspaceDb::serialise(const Procedure &p, bool withProcesses)
{
    // The body without its processes and review (rows of their own), each serialised once.
    Procedure head = p;
    head.asIs = {};
    head.toBe = {};
    head.review = {};
    ProcedureText text;
    text.body = compact(TthcJson::procedureToJson(head));
    if (withProcesses) {
        text.asIs = processText(p.asIs);
        text.toBe = processText(p.toBe);
    }
    return text;
}

Status WorkspaceDb::writeProcess(const ProcessRef &ref, const Process &process)
{
    return writeProcessText(ref, processText(process));
}

Status WorkspaceDb::writeProcessText(const ProcessRef &ref, const QString &body)
{
    const QString column = ref.owner == ProcessRef::Owner::Procedure ? QStringLiteral("procedure_code")
                                                                     : QStringLiteral("group_id");
    Statement del(m_connection, QStringLiteral("DELETE FROM process WHERE %1 = ? AND which = ?").arg(column));
    if (Status s = del.bind(ref.id).bind(whichKey(ref.which)).run(); !s)
        return s;
    if (body.isEmpty())
        return success();
    Statement ins(m_connection, QStringLiteral("INSERT INTO process (procedure_code, group_id, which, body) VALUES (?, ?, ?, ?)"));
    return ins.bind(ownerColumn(ref.owner, ProcessRef::Owner::Procedure, ref.id))
        .bind(ownerColumn(ref.owner, ProcessRef::Owner::Group, ref.id))
        .bind(whichKey(ref.which))
        .bind(body)
        .run();
}

Status WorkspaceDb::writeReview(ProcessRef::Owner owner, const QString &id, const Review &review)
{
    const QString column = owner == ProcessRef::Owner::Procedure ? QStringLiteral("procedure_code")
                                                                 : QStringLiteral("group_id");
    Statement del(m_connection, QStringLiteral("DELETE FROM review WHERE %1 = ?").arg(column));
    if (Status s = del.bind(id).run(); !s)
        return s;
    if (review.isDefault())
        return success();
    Statement ins(m_connection, QStringLiteral("INSERT INTO review (procedure_code, group_id, state, comments, "
                                               "decision_no, decision_date, updated_at, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    return ins.bind(ownerColumn(owner, ProcessRef::Owner::Procedure, id))
        .bind(ownerColumn(owner, ProcessRef::Owner::Group, id))
        .bind(toJsonName(review.state))
        .bind(review.comments)
        .bind(review.decisionNo)
        .bind(review.decisionDate.isValid() ? QVariant(review.decisionDate.toString(Qt::ISODate)) : QVariant())
        .bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(compact(review.extra))
        .run();
}

Status WorkspaceDb::writeProcedure(const Procedure &p, int position, bool withProcesses, const ProcedureText *text)
{
    qint64 current = 0;
    const Result<qint64> revision = claim(Row::Procedure, p.code, false, &current);
    if (!revision)
        return Status::failure(revision.error());
    qint64 at = position;
    if (at < 0 && current == 0) { // new: after the last, whoever added that
        const Result<qint64> next = nextPosition(Row::Procedure);
        if (!next)
            return Status::failure(next.error());
        at = next.value();
    }
    const ProcedureText own = text ? ProcedureText{} : serialise(p, withProcesses);
    if (!text)
        text = &own;
    Statement up(m_connection, QStringLiteral(
        "INSERT INTO procedure (code, position, name, field, agency, level, annual_volume, complaints_per_year, "
        "statutory_days, online_level, body, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET position = CASE WHEN excluded.position < 0 THEN position ELSE excluded.position END, "
        "name = excluded.name, field = excluded.field, agency = excluded.agency, level = excluded.level, "
        "annual_volume = excluded.annual_volume, complaints_per_year = excluded.complaints_per_year, "
        "statutory_days = excluded.statutory_days, online_level = excluded.online_level, body = excluded.body, "
        "revision = excluded.revision"));
    Status s = up.bind(p.code).bind(at).bind(p.name).bind(p.field).bind(p.agency).bind(toJsonName(p.level))
                   .bind(p.annualVolume).bind(p.complaintsPerYear).bind(p.statutoryDays)
                   .bind(toJsonName(p.onlineLevel)).bind(text->body).bind(revision.value()).run();
    if (!s)
        return s;
    if (s = writeReview(ProcessRef::Owner::Procedure, p.code, p.review); !s)
        return s;
    if (!withProcesses)
        return success();
    if (s = writeProcessText(ProcessRef::procedure(p.code, Which::AsIs), text->asIs); !s)
        return s;
    return writeProcessText(ProcessRef::procedure(p.code, Which::ToBe), text->toBe);
}

Status WorkspaceDb::saveProcedures(const QList<std::pair<const Procedure *, int>> &rows)
{
    const size_t n = size_t(rows.size());
    const size_t workers = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
    if (n < 32 || workers == 1)
        return transaction([&]() -> Status {
            for (const auto &[p, at] : rows)
                if (Status s = writeProcedure(*p, at, true); !s)
                    return s;
            return success();
        });
    // Serialising is most of the work: worker threads do it, in order, while this thread
    // writes the rows they have finished (SQLite's connection stays on this thread).
    std::vector<ProcedureText> texts(n);
    std::unique_ptr<std::atomic<bool>[]> ready(new std::atomic<bool>[n]);
    for (size_t i = 0; i < n; ++i)
        ready[i].store(false);
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (size_t w = 0; w < workers; ++w)
        threads.emplace_back([&, w] {
            for (size_t i = w; i < n && !stop.load(); i += workers) {
                texts[i] = serialise(*rows[qsizetype(i)].first, true);
                ready[i].store(true, std::memory_order_release);
                ready[i].notify_one();
            }
        });
    const auto join = qScopeGuard([&] {
        stop.store(true);
        for (std::thread &t : threads)
            t.join();
    });
    return transaction([&]() -> Status {
        for (size_t i = 0; i < n; ++i) {
            ready[i].wait(false, std::memory_order_acquire);
            const auto &[p, at] = rows[qsizetype(i)];
            if (Status s = writeProcedure(*p, at, true, &texts[i]); !s)
                return s;
            texts[i] = {}; // written: free it
        }
        return success();
    });
}

Status WorkspaceDb::writeGroup(const ProcedureGroup &g, int position)
{
    qint64 current = 0;
    const Result<qint64> revision = claim(Row::Group, g.id, false, &current);
    if (!revision)
        return Status::failure(revision.error());
    qint64 at = position;
    if (at < 0 && current == 0) {
        const Result<qint64> next = nextPosition(Row::Group);
        if (!next)
            return Status::failure(next.error());
        at = next.value();
    }
    QJsonObject body = TthcJson::groupToJson(g);
    body.remove(QStringLiteral("asIs"));
    body.remove(QStringLiteral("toBe"));
    body.remove(QStringLiteral("review"));
    Statement up(m_connection, QStringLiteral(
        "INSERT INTO procedure_group (id, position, name, body, revision) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET position = CASE WHEN excluded.position < 0 THEN position ELSE excluded.position END, "
        "name = excluded.name, body = excluded.body, revision = excluded.revision"));
    Status s = up.bind(g.id).bind(at).bind(g.name).bind(compact(body)).bind(revision.value()).run();
    if (!s)
        return s;
    Statement del(m_connection, QStringLiteral("DELETE FROM group_member WHERE group_id = ?"));
    if (s = del.bind(g.id).run(); !s)
        return s;
    for (int i = 0; i < g.members.size(); ++i) {
        Statement ins(m_connection, QStringLiteral("INSERT INTO group_member (group_id, position, procedure_code) VALUES (?, ?, ?)"));
        if (s = ins.bind(g.id).bind(i).bind(g.members[i]).run(); !s)
            return s;
    }
    if (s = writeReview(ProcessRef::Owner::Group, g.id, g.review); !s)
        return s;
    if (s = writeProcess(ProcessRef::group(g.id, Which::AsIs), g.asIs); !s)
        return s;
    return writeProcess(ProcessRef::group(g.id, Which::ToBe), g.toBe);
}

Status WorkspaceDb::replaceAll(const Workspace &ws)
{
    return transaction([&]() -> Status {
        // A deliberate overwrite: whatever the file holds now counts as seen, and every row
        // written gets the next revision, so other programs notice.
        // The rows the file holds now become known at their revisions; those not in `ws` go.
        const auto adopt = [this](const QString &sql, const QSet<QString> &keep, QHash<QString, qint64> &known,
                                  QStringList *gone) -> Status {
            QSqlQuery q(QSqlDatabase::database(m_connection));
            if (!q.exec(sql))
                return Status::failure(tr("Cannot save to the workspace: %1").arg(describe(q.lastError())));
            while (q.next()) {
                known.insert(q.value(0).toString(), q.value(1).toLongLong());
                if (!keep.contains(q.value(0).toString()))
                    *gone << q.value(0).toString();
            }
            return success();
        };
        QSet<QString> codes, ids;
        for (const Procedure &p : ws.procedures)
            codes.insert(p.code);
        for (const ProcedureGroup &g : ws.groups)
            ids.insert(g.id);
        QStringList gone, goneGroups;
        if (Status s = adopt(QStringLiteral("SELECT code, revision FROM procedure"), codes, m_staged.procedures, &gone); !s)
            return s;
        if (Status s = adopt(QStringLiteral("SELECT id, revision FROM procedure_group"), ids, m_staged.groups, &goneGroups); !s)
            return s;
        for (const QString &code : std::as_const(gone))
            if (Status s = removeProcedure(code); !s)
                return s;
        for (const QString &id : std::as_const(goneGroups))
            if (Status s = removeGroup(id); !s)
                return s;
        if (Result<QList<System>> stored = storedSystems(); !stored)
            return Status::failure(stored.error());
        if (Status s = saveSystems(ws.systems); !s)
            return s;
        QList<std::pair<const Procedure *, int>> rows;
        for (int i = 0; i < ws.procedures.size(); ++i)
            rows.append({&ws.procedures[i], i});
        if (Status s = saveProcedures(rows); !s)
            return s;
        for (int i = 0; i < ws.groups.size(); ++i)
            if (Status s = writeGroup(ws.groups[i], i); !s)
                return s;
        if (Result<QJsonObject> stored = storedExtra(); !stored)
            return Status::failure(stored.error());
        return saveWorkspaceExtra(ws.extra);
    });
}

Status WorkspaceDb::saveProcedure(const Procedure &p, int position)
{
    return transaction([&] { return writeProcedure(p, position, true); });
}

Status WorkspaceDb::saveProcedureInfo(const Procedure &p)
{
    return transaction([&] { return writeProcedure(p, -1, false); });
}

Status WorkspaceDb::saveProcess(const ProcessRef &ref, const Process &process)
{
    return transaction([&]() -> Status {
        // A process is part of its procedure or group: it takes the owner's revision.
        const bool procedure = ref.owner == ProcessRef::Owner::Procedure;
        qint64 current = 0;
        const Result<qint64> revision = claim(procedure ? Row::Procedure : Row::Group, ref.id, false, &current);
        if (!revision)
            return Status::failure(revision.error());
        if (current == 0)
            return Status::failure((procedure ? tr("There is no procedure “%1” in the workspace “%2”.")
                                              : tr("There is no group “%1” in the workspace “%2”."))
                                       .arg(ref.id, m_path));
        Statement up(m_connection, procedure ? QStringLiteral("UPDATE procedure SET revision = ? WHERE code = ?")
                                             : QStringLiteral("UPDATE procedure_group SET revision = ? WHERE id = ?"));
        if (Status s = up.bind(revision.value()).bind(ref.id).run(); !s)
            return s;
        return writeProcess(ref, process);
    });
}

Status WorkspaceDb::removeProcedure(const QString &code)
{
    return transaction([&]() -> Status {
        if (const Result<qint64> r = claim(Row::Procedure, code, true); !r)
            return Status::failure(r.error());
        return Statement(m_connection, QStringLiteral("DELETE FROM procedure WHERE code = ?")).bind(code).run();
    });
}

Status WorkspaceDb::saveGroup(const ProcedureGroup &g, int position)
{
    return transaction([&] { return writeGroup(g, position); });
}

Status WorkspaceDb::removeGroup(const QString &id)
{
    return transaction([&]() -> Status {
        if (const Result<qint64> r = claim(Row::Group, id, true); !r)
            return Status::failure(r.error());
        return Statement(m_connection, QStringLiteral("DELETE FROM procedure_group WHERE id = ?")).bind(id).run();
    });
}

Status WorkspaceDb::saveWorkspaceExtra(const QJsonObject &extra)
{
    return transaction([&]() -> Status {
        if (const Result<qint64> r = claimInfo(extraRevisionKey, &Revisions::extra); !r)
            return Status::failure(r.error());
        Statement info(m_connection,
                       QStringLiteral("INSERT OR REPLACE INTO workspace_info (key, value) VALUES ('extra', ?)"));
        return info.bind(compact(extra)).run();
    });
}

Status WorkspaceDb::saveSystems(const QList<System> &systems)
{
    return transaction([&]() -> Status {
        if (const Result<qint64> r = claimInfo(systemsRevisionKey, &Revisions::systems); !r)
            return Status::failure(r.error());
        if (Status s = exec(QStringLiteral("DELETE FROM system")); !s)
            return s;
        for (int i = 0; i < systems.size(); ++i) {
            const System &sys = systems[i];
            Statement ins(m_connection, QStringLiteral("INSERT INTO system (id, position, name, kind, readiness, body) VALUES (?, ?, ?, ?, ?, ?)"));
            if (Status s = ins.bind(sys.id).bind(i).bind(sys.name).bind(toJsonName(sys.kind))
                               .bind(toJsonName(sys.readiness)).bind(compact(TthcJson::systemToJson(sys))).run(); !s)
                return s;
        }
        return success();
    });
}

QString WorkspaceDb::unreadable(const QString &where, const QString &why) const
{
    return tr("The workspace “%1” holds data this version cannot read (%2): %3").arg(m_path, where, why);
}

Result<QList<System>> WorkspaceDb::readSystems(qint64 *revision)
{
    using R = Result<QList<System>>;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, body FROM system ORDER BY position")))
        return R::failure(unreadable(QStringLiteral("system"), describe(q.lastError())));
    QList<System> systems;
    bool ok = false;
    while (q.next()) {
        auto s = TthcJson::systemFromJson(parseObject(q.value(1).toString(), &ok));
        if (!ok || !s)
            return R::failure(unreadable(QStringLiteral("system %1").arg(q.value(0).toString()), ok ? s.error() : tr("invalid JSON")));
        systems.append(s.take());
    }
    const Result<qint64> stored = storedRevision(QStringLiteral("SELECT CAST(value AS INTEGER) FROM workspace_info WHERE key = ?"),
                                                 QString::fromLatin1(systemsRevisionKey));
    if (!stored)
        return R::failure(stored.error());
    *revision = stored.value();
    return systems;
}

Result<QJsonObject> WorkspaceDb::readExtra(qint64 *revision)
{
    using R = Result<QJsonObject>;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QJsonObject extra;
    if (!q.exec(QStringLiteral("SELECT value FROM workspace_info WHERE key = 'extra'")))
        return R::failure(unreadable(QStringLiteral("workspace_info"), describe(q.lastError())));
    if (q.next()) {
        bool ok = false;
        extra = parseObject(q.value(0).toString(), &ok);
        if (!ok)
            return R::failure(unreadable(QStringLiteral("workspace_info"), tr("invalid JSON")));
    }
    const Result<qint64> stored = storedRevision(QStringLiteral("SELECT CAST(value AS INTEGER) FROM workspace_info WHERE key = ?"),
                                                 QString::fromLatin1(extraRevisionKey));
    if (!stored)
        return R::failure(stored.error());
    *revision = stored.value();
    return extra;
}

Result<QList<System>> WorkspaceDb::storedSystems()
{
    qint64 revision = 0;
    Result<QList<System>> systems = readSystems(&revision);
    if (systems)
        (m_depth > 0 ? m_staged : m_known).systems = revision;
    return systems;
}

Result<QJsonObject> WorkspaceDb::storedExtra()
{
    qint64 revision = 0;
    Result<QJsonObject> extra = readExtra(&revision);
    if (extra)
        (m_depth > 0 ? m_staged : m_known).extra = revision;
    return extra;
}

Result<Workspace> WorkspaceDb::load()
{
    using R = Result<Workspace>;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // One read transaction: a consistent snapshot even while another program writes.
    const bool ownTransaction = m_depth == 0 && exec(QStringLiteral("BEGIN"));
    const auto end = qScopeGuard([&] {
        if (ownTransaction)
            (void)exec(QStringLiteral("COMMIT"));
    });
    Workspace ws;
    Revisions seen;
    auto fail = [&](const QString &where, const QString &why) { return R::failure(unreadable(where, why)); };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = false;

    Result<QList<System>> systems = readSystems(&seen.systems);
    if (!systems)
        return R::failure(systems.error());
    ws.systems = systems.take();
    const qint64 version = dataVersion(); // of the snapshot this transaction reads

    // Processes and reviews first, then the owners that take them in.
    QHash<QString, QJsonObject> procedureReviews, groupParts;
    QHash<QString, std::array<QString, 2>> procedureProcesses; // raw JSON, parsed by the workers
    if (!q.exec(QStringLiteral("SELECT procedure_code, group_id, which, body FROM process")))
        return fail(QStringLiteral("process"), describe(q.lastError()));
    while (q.next()) {
        const int which = q.value(2).toString() == QLatin1String("asIs") ? 0 : 1;
        if (!q.value(0).isNull()) {
            procedureProcesses[q.value(0).toString()][which] = q.value(3).toString();
        } else {
            const QJsonObject body = parseObject(q.value(3).toString(), &ok);
            if (!ok)
                return fail(QStringLiteral("process"), tr("invalid JSON"));
            groupParts[q.value(1).toString()].insert(q.value(2).toString(), body);
        }
    }
    if (!q.exec(QStringLiteral("SELECT procedure_code, group_id, state, comments, decision_no, decision_date, extra FROM review")))
        return fail(QStringLiteral("review"), describe(q.lastError()));
    while (q.next()) {
        QJsonObject r = parseObject(q.value(6).toString(), &ok); // the unknown fields first, the known ones over them
        if (!ok)
            return fail(QStringLiteral("review"), tr("invalid JSON"));
        r.insert(QStringLiteral("state"), q.value(2).toString());
        r.insert(QStringLiteral("comments"), q.value(3).toString());
        r.insert(QStringLiteral("decisionNo"), q.value(4).toString());
        if (!q.value(5).isNull())
            r.insert(QStringLiteral("decisionDate"), q.value(5).toString());
        if (!q.value(0).isNull())
            procedureReviews[q.value(0).toString()] = r;
        else
            groupParts[q.value(1).toString()].insert(QStringLiteral("review"), r);
    }
    auto merged = [](QJsonObject body, const QJsonObject &parts) {
        for (auto it = parts.begin(); it != parts.end(); ++it)
            body.insert(it.key(), it.value());
        return body;
    };

    // Procedures are the bulk of a workspace: their JSON is parsed on all cores.
    struct Row {
        QString code, body, asIs, toBe;
        QJsonObject review;
        std::optional<Procedure> procedure;
        QString error;
    };
    std::vector<Row> rows;
    if (!q.exec(QStringLiteral("SELECT code, body, revision FROM procedure ORDER BY position, code")))
        return fail(QStringLiteral("procedure"), describe(q.lastError()));
    while (q.next()) {
        Row row;
        row.code = q.value(0).toString();
        row.body = q.value(1).toString();
        seen.procedures.insert(row.code, q.value(2).toLongLong());
        const auto parts = procedureProcesses.value(row.code);
        row.asIs = parts[0];
        row.toBe = parts[1];
        row.review = procedureReviews.value(row.code);
        rows.push_back(std::move(row));
    }
    auto parseRow = [](Row &row) {
        bool fine = false;
        QJsonObject o = parseObject(row.body, &fine);
        for (const auto &[key, text] : {std::pair{"asIs", &row.asIs}, std::pair{"toBe", &row.toBe}}) {
            if (text->isEmpty() || !fine)
                continue;
            o.insert(QLatin1String(key), parseObject(*text, &fine));
        }
        if (!row.review.isEmpty())
            o.insert(QStringLiteral("review"), row.review);
        if (!fine) {
            row.error = tr("invalid JSON");
            return;
        }
        auto p = TthcJson::procedureFromJson(o);
        if (p)
            row.procedure = p.take();
        else
            row.error = p.error();
    };
    const size_t workers = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
    if (rows.size() < 64 || workers == 1) {
        for (Row &row : rows)
            parseRow(row);
    } else {
        std::vector<std::thread> threads;
        for (size_t w = 0; w < workers; ++w)
            threads.emplace_back([&rows, &parseRow, w, workers] {
                for (size_t i = w; i < rows.size(); i += workers)
                    parseRow(rows[i]);
            });
        for (std::thread &t : threads)
            t.join();
    }
    ws.procedures.reserve(qsizetype(rows.size()));
    for (Row &row : rows) {
        if (!row.procedure)
            return fail(tr("procedure %1").arg(row.code), row.error);
        ws.procedures.append(std::move(*row.procedure));
    }

    if (!q.exec(QStringLiteral("SELECT id, body, revision FROM procedure_group ORDER BY position, id")))
        return fail(QStringLiteral("procedure_group"), describe(q.lastError()));
    while (q.next()) {
        const QString id = q.value(0).toString();
        seen.groups.insert(id, q.value(2).toLongLong());
        const QJsonObject body = parseObject(q.value(1).toString(), &ok);
        auto g = TthcJson::groupFromJson(merged(body, groupParts.value(id)));
        if (!ok || !g)
            return fail(tr("group %1").arg(id), ok ? g.error() : tr("invalid JSON"));
        ws.groups.append(g.take());
    }
    Result<QJsonObject> extra = readExtra(&seen.extra);
    if (!extra)
        return R::failure(extra.error());
    ws.extra = extra.take();
    m_known = std::move(seen);
    m_dataVersion = version;
    if (!m_integrityKnownGood && !m_integrity.valid() && !isReadOnly()) // read-only: no write to guard
        startIntegrityCheck();
    return ws;
}

} // namespace tthc
