#include "TestSupport.h"

#include <QTemporaryDir>

#include <deque>

namespace TestSupport {

QString makeTempDir()
{
    // Destroyed at exit, which removes the directories.
    static std::deque<QTemporaryDir> dirs;
    dirs.emplace_back();
    return dirs.back().path();
}

} // namespace TestSupport
