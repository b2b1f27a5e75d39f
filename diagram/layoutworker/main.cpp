// tthc-layout: the layout worker. The editor's LayoutClient starts it once and keeps it
// running; it reads one request per line on stdin (compact JSON, see layout.h) and writes one
// answer per line on stdout. Graphviz runs only here, so that its crashes (Debian's 2.42 can
// abort or corrupt memory) and hangs cost a restart of this process, never the editor.
//
// Qt Core only and no QCoreApplication: nothing here needs an event loop, and the start-up
// stays short. Test hooks (LayoutOptions::fault) are honoured only when the environment has
// TTHC_LAYOUT_TEST_HOOKS=1.
#include "layout.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include <unistd.h>
#ifdef __linux__
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace tthc;

namespace {

FILE *g_protocol = stdout;

void answer(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    fwrite(line.constData(), 1, size_t(line.size()), g_protocol);
    fflush(g_protocol);
}

// The answer of layout.h's wire format: a JSON envelope, a tab, the geometry as integers.
QByteArray encodeAnswer(const QJsonValue &id, const Process &p, const Geometry &g, const LayoutStats &stats)
{
    QJsonArray lanes;
    for (const LaneBand &b : g.lanes)
        lanes.append(b.id);
    QByteArray line = QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                {QStringLiteral("ok"), true},
                                                {QStringLiteral("dir"), g.leftToRight ? QStringLiteral("LR") : QStringLiteral("TB")},
                                                {QStringLiteral("lanes"), lanes},
                                                {QStringLiteral("stats"), layoutwire::statsToJson(stats)}})
                          .toJson(QJsonDocument::Compact);
    qsizetype points = 0;
    for (const auto &path : g.flows)
        points += path.size();
    line.reserve(line.size() + 8 * (4 * g.lanes.size() + 2 * p.steps.size() + p.flows.size() + 2 * points) + 2);
    line += '\t';
    char buffer[24];
    auto put = [&](long long v) {
        const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
        line.append(buffer, r.ptr - buffer);
        line.append(',');
    };
    auto hundredths = [&](double v) { put(std::llround(v * 100)); };
    for (const LaneBand &b : g.lanes) {
        hundredths(b.rect.x());
        hundredths(b.rect.y());
        hundredths(b.rect.width());
        hundredths(b.rect.height());
    }
    for (const Step &s : p.steps) {
        const QPointF c = g.steps.value(s.id);
        hundredths(c.x());
        hundredths(c.y());
    }
    for (const Flow &f : p.flows) {
        const auto it = g.flows.constFind(f.id);
        if (f.id.isEmpty() || it == g.flows.constEnd()) {
            put(0);
            continue;
        }
        put(it->size());
        for (const QPointF &q : *it) {
            hundredths(q.x());
            hundredths(q.y());
        }
    }
    if (line.endsWith(','))
        line.chop(1);
    return line + '\n';
}

QJsonObject failure(const QJsonValue &id, const char *code, const QString &detail)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("ok"), false},
            {QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("detail"), detail}};
}

void handle(const QByteArray &line, bool testHooks)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (!doc.isObject()) {
        answer(failure(QJsonValue(), "request", error.errorString()));
        return;
    }
    const QJsonObject request = doc.object();
    const QJsonValue id = request.value(QLatin1String("id"));
    Process process;
    if (!layoutwire::processFromJson(request.value(QLatin1String("process")).toObject(), &process)) {
        answer(failure(id, "request", QStringLiteral("no process in the request")));
        return;
    }
    const LayoutOptions options = LayoutOptions::fromJson(request.value(QLatin1String("options")).toObject());
    if (testHooks) {
        switch (options.fault) {
        case LayoutOptions::Fault::Crash: std::abort();
        case LayoutOptions::Fault::Hang:
            for (;;)
                std::this_thread::sleep_for(std::chrono::seconds(1));
        case LayoutOptions::Fault::Garbage: {
            static const char garbage[] = "this is not an answer {\n";
            fwrite(garbage, 1, sizeof garbage - 1, g_protocol);
            fflush(g_protocol);
            return;
        }
        case LayoutOptions::Fault::Truncated: // a well-formed envelope, numbers missing
        case LayoutOptions::Fault::None: break;
        }
    }
    LayoutStats stats;
    const Result<Geometry> r = GraphvizLayout::run(process, options, &stats);
    if (!r.ok()) {
        answer(failure(id, "layout", r.error()));
        return;
    }
    QByteArray line = encodeAnswer(id, process, r.value(), stats);
    if (testHooks && options.fault == LayoutOptions::Fault::Truncated)
        line = line.left(line.lastIndexOf(',')) + '\n'; // one number short
    fwrite(line.constData(), 1, size_t(line.size()), g_protocol);
    fflush(g_protocol);
}

// Bounds what a runaway Graphviz can take: the worker dies (and is restarted) instead of the
// machine swapping. TTHC_LAYOUT_MEMORY_MB overrides the limit; 0 removes it.
void limitResources()
{
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL); // do not outlive the editor, even while busy
    long megabytes = 4096;
    if (const char *env = std::getenv("TTHC_LAYOUT_MEMORY_MB"))
        megabytes = std::strtol(env, nullptr, 10);
    if (megabytes > 0) {
        const rlim_t bytes = rlim_t(megabytes) * 1024 * 1024;
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_AS, &limit);
    }
#endif
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::puts("tthc-layout 1 (one JSON request per line on stdin, one answer per line on stdout)");
        return 0;
    }
    limitResources();
    // The protocol keeps the real stdout; anything a library prints there goes to stderr.
    const int protocolFd = dup(STDOUT_FILENO);
    if (protocolFd >= 0) {
        if (FILE *f = fdopen(protocolFd, "w")) {
            g_protocol = f;
            dup2(STDERR_FILENO, STDOUT_FILENO);
        }
    }
    const char *hooks = std::getenv("TTHC_LAYOUT_TEST_HOOKS");
    const bool testHooks = hooks && std::strcmp(hooks, "1") == 0;

    QByteArray line;
    char buffer[65536];
    for (;;) {
        const ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // the editor closed the pipe (or went away): done
        line.append(buffer, n);
        qsizetype end;
        while ((end = line.indexOf('\n')) >= 0) {
            const QByteArray request = line.left(end);
            line.remove(0, end + 1);
            if (!request.trimmed().isEmpty())
                handle(request, testHooks);
        }
    }
    return 0;
}
