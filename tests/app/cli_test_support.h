// What the `mipr` command's tests share: running the executable and making demo projects.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#ifndef _WIN32
#include <unistd.h>
#endif

struct Run {
    int code = -1;
    QString out;
    QString err;
};

inline Run run_program(const QString& program, const QStringList& args, int timeout_ms = 300000) {
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForFinished(timeout_ms)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline Run run_mipr(const QStringList& args, int timeout_ms = 300000) {
    return run_program(QStringLiteral(MIPR_CLI), args, timeout_ms);
}

/// Ten small demo images imported into a new project: the start of several tests.
inline Run make_demo_project(const QString& demo, const QString& proj) {
    const Run r =
        run_mipr({"demo-data", demo, "--count", "10", "--width", "48", "--height", "40", "--seed", "5"});
    return r.code != 0 ? r : run_mipr({"import", proj, demo, "--create", "-q"});
}

inline bool running_as_root() {
#ifdef _WIN32
    return false;
#else
    return ::geteuid() == 0;
#endif
}

/// The demo project after one short MIPR iteration: pairs to review.
inline Run make_project_with_pairs(const QString& demo, const QString& proj) {
    const Run r = make_demo_project(demo, proj);
    return r.code != 0 ? r
                       : run_mipr({"run", proj, "--iterations", "1", "--size", "32", "--seg-epochs", "2",
                                   "--gan-epochs", "1", "--device", "cpu", "--seed", "1", "-q"});
}

inline QString describe(const Run& r) {
    return QString("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}
