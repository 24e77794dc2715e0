#include "Preferences.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString Language = QStringLiteral("language");
const QString Refresh = QStringLiteral("refresh/minutes");
const QString Delimiter = QStringLiteral("export/delimiter");
const QString Bom = QStringLiteral("export/bom");
const QString DataDirectory = QStringLiteral("store/directory");
const QString AtPar = QStringLiteral("valuation/stablecoinsAtPar");
// payouts/<provider>/settlingMinutes
const QString Payouts = QStringLiteral("payouts");
const QString Settling = QStringLiteral("settlingMinutes");
} // namespace

const int Preferences::RefreshChoices[5] = {0, 1, 5, 15, 60};

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.language = settings.value(Language).toString();
    p.refreshMinutes = settings.value(Refresh, p.refreshMinutes).toInt();
    p.csvDelimiter = settings.value(Delimiter).toString() == QLatin1String(";") ? ';' : ',';
    p.csvBom = settings.value(Bom, false).toBool();
    p.dataDirectory = settings.value(DataDirectory).toString();
    p.stablecoinsAtPar = settings.value(AtPar, false).toBool();
    for (const QString &key : settings.allKeys()) {
        const QStringList parts = key.split(u'/');
        if (parts.size() == 3 && parts[0] == Payouts && parts[2] == Settling)
            p.settlingMinutes.insert(parts[1], settings.value(key).toInt());
    }
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(Language, language);
    settings.setValue(Refresh, refreshMinutes);
    settings.setValue(Delimiter, QString(QLatin1Char(csvDelimiter)));
    settings.setValue(Bom, csvBom);
    settings.setValue(DataDirectory, dataDirectory);
    settings.setValue(AtPar, stablecoinsAtPar);
    for (auto it = settlingMinutes.cbegin(); it != settlingMinutes.cend(); ++it)
        settings.setValue(Payouts + u'/' + it.key() + u'/' + Settling, it.value());
}

QString Preferences::storePath(const QString &defaultDirectory) const
{
    return QDir(dataDirectory.isEmpty() ? defaultDirectory : dataDirectory)
        .filePath(QStringLiteral("treasury.sqlite"));
}

QString Preferences::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool Preferences::operator==(const Preferences &o) const
{
    return language == o.language && refreshMinutes == o.refreshMinutes &&
           csvDelimiter == o.csvDelimiter && csvBom == o.csvBom &&
           dataDirectory == o.dataDirectory && settlingMinutes == o.settlingMinutes &&
           stablecoinsAtPar == o.stablecoinsAtPar;
}
