#include "GapsBanner.h"

#include "ConnectionGaps.h"

#include <QLabel>
#include <QVBoxLayout>

GapsBanner::GapsBanner(ConnectionGaps *gaps, const QString &objectName, QWidget *parent)
    : QFrame(parent), m_gaps(gaps), m_text(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    connect(gaps, &ConnectionGaps::changed, this, &GapsBanner::update);
    update();
}

void GapsBanner::update()
{
    const QStringList lines = m_gaps->lines();
    setVisible(!lines.isEmpty());
    if (lines.isEmpty())
        return;
    QStringList shown = lines.mid(0, Listed);
    if (lines.size() > Listed)
        shown.append(tr("…and %n more.", nullptr, int(lines.size() - Listed)));
    m_text->setText(tr("Incomplete: what is shown is what could be read; the provider's answer "
                       "left out what follows.") +
                    u'\n' + shown.join(u'\n'));
    setAccessibleName(m_text->text());
}
