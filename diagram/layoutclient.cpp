#include "layoutclient.h"
#include "stepshape.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QJsonArray>
#include <QTimer>

#include <charconv>
#include <vector>

namespace tthc {

namespace {
// A long session asks for many layouts; Graphviz 2.42 leaks a little on each. A fresh worker
// now and then keeps that bounded (start-up is a few milliseconds).
constexpr int kRequestsPerWorker = 500;

// A JSON string; ids are short, so a byte loop is fine.
void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}
} // namespace

QByteArray LayoutClient::encodeRequest(quint64 id, const Process &process, const LayoutOptions &options)
{
    QByteArray out;
    out.reserve(512 + 48 * (process.steps.size() + process.flows.size()));
    out += "{\"id\":";
    out += QByteArray::number(id);
    out += ",\"options\":";
    out += QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact);
    out += ",\"process\":{\"lanes\":[";
    for (qsizetype i = 0; i < process.lanes.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, process.lanes[i].id);
    }
    out += "],\"steps\":[";
    for (qsizetype i = 0; i < process.steps.size(); ++i) {
        const Step &s = process.steps[i];
        out += i ? ",[" : "[";
        appendString(out, s.id);
        out += ',';
        appendString(out, toJsonName(s.kind));
        out += ',';
        appendString(out, s.lane);
        out += ']';
    }
    out += "],\"flows\":[";
    for (qsizetype i = 0; i < process.flows.size(); ++i) {
        const Flow &f = process.flows[i];
        out += i ? ",[" : "[";
        appendString(out, f.id);
        out += ',';
        appendString(out, f.from);
        out += ',';
        appendString(out, f.to);
        out += ',';
        appendString(out, toJsonName(f.kind));
        out += ']';
    }
    out += "]}}\n";
    return out;
}

LayoutClient::LayoutClient(QObject *parent) : QObject(parent), m_watchdog(new QTimer(this))
{
    m_watchdog->setSingleShot(true);
    m_watchdog->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(m_watchdog, &QTimer::timeout, this, &LayoutClient::onTimeout);
}

LayoutClient::~LayoutClient() { stopWorker(true); }

void LayoutClient::setWorkerPath(const QString &path) { m_workerPath = path; }

QString LayoutClient::workerPath() const
{
    if (!m_workerPath.isEmpty())
        return m_workerPath;
    const QString env = qEnvironmentVariable("TTHC_LAYOUT_WORKER");
    if (!env.isEmpty())
        return env;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("tthc-layout.exe");
#else
    const QString name = QStringLiteral("tthc-layout");
#endif
    // Beside the program in a build tree; in <libexecdir>/tthc-studio when installed (the path
    // is relative to the program's folder, so an unpacked package works wherever it is).
    const QString dir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    const QString beside = QDir(dir).filePath(name);
#ifdef TTHC_WORKER_RELDIR
    const QString installed = QDir::cleanPath(QDir(dir).filePath(QStringLiteral(TTHC_WORKER_RELDIR "/") + name));
    if (!QFileInfo(beside).isExecutable() && QFileInfo(installed).isExecutable())
        return installed;
#endif
    return beside;
}

qint64 LayoutClient::workerPid() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

bool LayoutClient::ensureWorker(QString *reason)
{
    if (m_process && m_process->state() == QProcess::Running && m_servedByWorker < kRequestsPerWorker)
        return true;
    stopWorker(true);
    m_process = new QProcess(this);
    // The worker's diagnostics (Graphviz warnings, a glibc abort message) go to our stderr;
    // only stdout carries the protocol.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LayoutClient::onReadyRead);
    connect(m_process, &QProcess::finished, this, &LayoutClient::onWorkerFinished);
    const QString path = workerPath();
    m_process->start(path, {}, QIODevice::ReadWrite);
    if (!m_process->waitForStarted(5000)) {
        stopWorker(false);
        *reason = tr("the layout helper program %1 could not be started").arg(QDir::toNativeSeparators(path));
        return false;
    }
    ++m_starts;
    m_servedByWorker = 0;
    m_buffer.clear();
    return true;
}

// Stops the worker: gracefully (end of input, the worker exits) or at once. Its signals are
// disconnected first, so that its death is not taken for a crash.
void LayoutClient::stopWorker(bool graceful)
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    disconnect(p, nullptr, this, nullptr);
    if (p->state() != QProcess::NotRunning) {
        if (graceful) {
            p->closeWriteChannel();
            if (!p->waitForFinished(300))
                p->kill();
        } else {
            p->kill();
        }
        p->waitForFinished(2000);
    }
    // May be called from one of its own signals: delete it later (it is our child anyway).
    p->deleteLater();
    m_buffer.clear();
}

bool LayoutClient::send(const Process &process, const LayoutOptions &options, bool async, QString *reason)
{
    LayoutOptions effective = options;
    // The worker does not link Qt Gui: the step boxes come from here, unless the caller chose
    // its own sizes.
    if (effective.stepSizes == LayoutOptions{}.stepSizes)
        for (int k = 0; k < enumCount<StepKind>(); ++k)
            effective.stepSizes[size_t(k)] = StepShape::defaultSize(StepKind(k));
    m_clock.start();
    if (!ensureWorker(reason))
        return false;
    m_pending = true;
    m_async = async;
    m_pendingId = m_nextId++;
    m_timeoutMs = std::max(1, options.timeoutMs);
    m_blockingResult.reset();
    m_stepIds.clear();
    m_flowIds.clear();
    m_stepIds.reserve(process.steps.size());
    m_flowIds.reserve(process.flows.size());
    for (const Step &s : process.steps)
        m_stepIds.append(s.id);
    for (const Flow &f : process.flows)
        m_flowIds.append(f.id);
    m_process->write(encodeRequest(m_pendingId, process, effective));
    ++m_servedByWorker;
    if (async)
        m_watchdog->start(m_timeoutMs);
    return true;
}

Result<Geometry> LayoutClient::layout(const Process &process, const LayoutOptions &options)
{
    const auto failure = [](const QString &reason) {
        return Result<Geometry>::failure(
            tr("The automatic layout failed: %1. The diagram was left unchanged.").arg(reason));
    };
    if (m_pending)
        return failure(tr("another automatic layout is still running"));
    QString reason;
    if (!send(process, options, false, &reason))
        return failure(reason);
    // No event loop here: wait on the pipe itself. readyRead and finished are emitted from
    // within waitForReadyRead, so the answer goes through the same slots as in start().
    while (m_pending) {
        QProcess *p = m_process;
        const qint64 remaining = m_timeoutMs - m_clock.elapsed();
        if (remaining <= 0 || !p) {
            onTimeout();
            break;
        }
        if (!p->waitForReadyRead(int(remaining)) && m_pending && m_process == p) {
            if (p->state() == QProcess::NotRunning)
                fail(tr("the layout helper program stopped unexpectedly"), true);
            else if (m_clock.elapsed() >= m_timeoutMs)
                onTimeout();
        }
    }
    if (!m_blockingResult)
        return failure(tr("the layout helper program stopped unexpectedly"));
    Result<Geometry> r = std::move(*m_blockingResult);
    m_blockingResult.reset();
    return r;
}

void LayoutClient::start(const Process &process, const LayoutOptions &options)
{
    if (m_pending)
        cancel();
    QString reason;
    if (!send(process, options, true, &reason)) {
        // Reported like any failure: after start() has returned, and busy until then, so that
        // "start(); if (isBusy()) wait for finished/failed" never misses it.
        m_pending = true;
        m_async = true;
        m_pendingId = m_nextId++;
        const quint64 id = m_pendingId;
        const QString message = tr("The automatic layout failed: %1. The diagram was left unchanged.").arg(reason);
        QMetaObject::invokeMethod(
            this,
            [this, id, message] {
                if (m_pending && m_pendingId == id) // not cancelled meanwhile
                    complete(Result<Geometry>::failure(message));
            },
            Qt::QueuedConnection);
    }
}

void LayoutClient::cancel()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_watchdog->stop();
    m_blockingResult.reset();
    stopWorker(false);
}

void LayoutClient::onReadyRead()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    qsizetype end;
    while (m_process && (end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        handleAnswer(line);
    }
}

void LayoutClient::handleAnswer(const QByteArray &line)
{
    const QString garbage = tr("the layout helper program gave an answer that could not be read");
    if (!m_pending) {
        // Nobody asked: the worker is not in a state we know. Start afresh next time.
        stopWorker(false);
        return;
    }
    const qsizetype tab = line.indexOf('\t');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(tab < 0 ? line : line.left(tab), &error);
    const QJsonObject envelope = doc.object();
    if (!doc.isObject() || envelope.value(QLatin1String("id")).toDouble(-1) != double(m_pendingId)
        || !envelope.value(QLatin1String("ok")).isBool()) {
        fail(garbage, true);
        return;
    }
    if (!envelope.value(QLatin1String("ok")).toBool()) {
        const QString detail = envelope.value(QLatin1String("detail")).toString();
        if (envelope.value(QLatin1String("error")).toString() == QLatin1String("request"))
            fail(tr("the layout helper program could not read the request (%1)").arg(detail), false);
        else
            fail(tr("the chart could not be laid out (%1)").arg(detail), false);
        return;
    }
    Geometry g;
    if (tab < 0 || !decodeGeometry(envelope, line.constData() + tab + 1, line.constData() + line.size(), &g)) {
        fail(garbage, true);
        return;
    }
    m_lastStats = layoutwire::statsFromJson(envelope.value(QLatin1String("stats")).toObject());
    m_lastRoundTripNs = m_clock.nsecsElapsed();
    complete(std::move(g));
}

// The numbers of an answer (layout.h): strict — a number too many or too few is garbage.
bool LayoutClient::decodeGeometry(const QJsonObject &envelope, const char *p, const char *end, Geometry *out) const
{
    std::vector<long long> numbers;
    numbers.reserve(size_t(end - p) / 5 + 1);
    while (p < end) {
        long long v = 0;
        const auto r = std::from_chars(p, end, v);
        if (r.ec != std::errc())
            return false;
        numbers.push_back(v);
        p = r.ptr;
        if (p == end)
            break;
        if (*p != ',' || p + 1 == end)
            return false;
        ++p;
    }
    size_t at = 0;
    auto next = [&](double *v) {
        if (at >= numbers.size())
            return false;
        *v = double(numbers[at++]) / 100;
        return true;
    };
    Geometry g;
    const QString dir = envelope.value(QLatin1String("dir")).toString();
    if (dir != QLatin1String("LR") && dir != QLatin1String("TB"))
        return false;
    g.leftToRight = dir == QLatin1String("LR");
    const QJsonArray lanes = envelope.value(QLatin1String("lanes")).toArray();
    g.lanes.reserve(lanes.size());
    for (const QJsonValue &id : lanes) {
        double x, y, w, h;
        if (!id.isString() || !next(&x) || !next(&y) || !next(&w) || !next(&h))
            return false;
        g.lanes.append({id.toString(), QRectF(x, y, w, h)});
    }
    g.steps.reserve(m_stepIds.size());
    for (const QString &id : m_stepIds) {
        double x, y;
        if (!next(&x) || !next(&y))
            return false;
        if (!id.isEmpty() && !g.steps.contains(id))
            g.steps.insert(id, QPointF(x, y));
    }
    g.flows.reserve(m_flowIds.size());
    for (const QString &id : m_flowIds) {
        if (at >= numbers.size() || numbers[at] < 0 || numbers[at] > (1 << 20))
            return false;
        const int n = int(numbers[at++]);
        QList<QPointF> path;
        path.reserve(n);
        for (int i = 0; i < n; ++i) {
            double x, y;
            if (!next(&x) || !next(&y))
                return false;
            path.append(QPointF(x, y));
        }
        if (n > 0 && !id.isEmpty())
            g.flows.insert(id, std::move(path));
    }
    if (at != numbers.size())
        return false;
    *out = std::move(g);
    return true;
}

void LayoutClient::onWorkerFinished()
{
    // Only a worker that died by itself gets here (stopWorker disconnects first).
    if (m_pending)
        fail(tr("the layout helper program stopped unexpectedly"), true);
    else
        stopWorker(false);
}

QString LayoutClient::timeoutReason() const
{
    return tr("the layout helper program did not answer within %1 seconds")
        .arg(QLocale().toString(m_timeoutMs / 1000.0, 'g', 3));
}

void LayoutClient::onTimeout()
{
    if (m_pending)
        fail(timeoutReason(), true);
}

void LayoutClient::fail(const QString &reason, bool restartWorker)
{
    if (restartWorker)
        stopWorker(false);
    complete(Result<Geometry>::failure(
        tr("The automatic layout failed: %1. The diagram was left unchanged.").arg(reason)));
}

void LayoutClient::complete(Result<Geometry> result)
{
    if (!m_pending)
        return;
    m_pending = false;
    m_watchdog->stop();
    if (!m_async) {
        m_blockingResult = std::move(result);
        return;
    }
    if (result.ok())
        emit finished(result.value());
    else
        emit failed(result.error());
}

} // namespace tthc
