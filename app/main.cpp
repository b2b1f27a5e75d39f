// tthc-studio: the desktop application, and its command line when given a subcommand.
#include "cli.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {
void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TTHC Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("TTHC Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TTHC_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) must fail the write with a message, not kill the program.
    std::signal(SIGXFSZ, SIG_IGN);
    describe();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString language = tthc::chosenLanguage(args); // consumes --lang

    if (tthc::CommandLine::wantsCommandLine(args)) {
        // Drawing commands paint with fonts but never show a window: no display needed.
        if (tthc::CommandLine::needsGui(args))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = tthc::CommandLine::needsGui(args)
                                                    ? std::make_unique<QApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
        tthc::installTranslators(*app, language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = tthc::CommandLine::run(args, out, err);
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    tthc::installTranslators(app, language);
    tthc::MainWindow window;
    tthc::Status opened = tthc::success();
    const QStringList files = args.filter(QRegularExpression(QStringLiteral("^[^-]")));
    if (args.contains(QStringLiteral("--sample"))) {
        opened = window.openSampleWorkspace();
    } else if (!files.isEmpty()) {
        opened = window.openWorkspace(files.first());
    } else {
        // The last workspace that still exists, else the embedded sample.
        const QStringList recent = QSettings().value(QStringLiteral("workspace/recent")).toStringList();
        auto it = std::find_if(recent.begin(), recent.end(), [](const QString &p) { return QFileInfo::exists(p); });
        opened = it != recent.end() ? window.openWorkspace(*it) : window.openSampleWorkspace();
    }
    window.show();
    if (!opened)
        QMetaObject::invokeMethod(&window, [&window, error = opened.error()] {
            QMessageBox::warning(&window, QStringLiteral("TTHC Studio"), error);
        }, Qt::QueuedConnection);
    return app.exec();
}
