#pragma once
// The command line of tthc-studio: the same binary as the GUI, run without a display.
// Subcommands import, export-json, validate, export-diagram, derive, reductions and simulate work on a workspace or a tthc-json file and
// report in the UI language; exit codes: 0 success, 1 errors found or the action failed,
// 2 wrong usage.
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace tthc {

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(tthc::CommandLine)
public:
    // True if `args` (argv without the program name) asks for the command line, not the GUI.
    static bool wantsCommandLine(const QStringList &args);
    // True for commands that draw (fonts, painting): they need a QApplication, offscreen.
    static bool needsGui(const QStringList &args);
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();

private:
    static QString general(); // the usage text without the simulate lines
};

} // namespace tthc
