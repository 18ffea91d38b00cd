#include "viewstate.h"

#include "settings/settingskeys.h"
#include "widgets/facetbar.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace ViewState {

void savePage(const QString &page, const QHeaderView *header, const QSplitter *splitter,
              const FacetBar *facets)
{
    QSettings settings;
    settings.beginGroup(SettingsKeys::viewGroup(page));
    settings.setValue(SettingsKeys::viewHeader(), header->saveState());
    settings.setValue(SettingsKeys::viewSplitter(), splitter->saveState());
    for (const FacetSpec &facet : facets->facets())
        settings.setValue(SettingsKeys::viewFacet(FacetBar::name(facet.role)),
                          facets->value(facet.role));
    settings.endGroup();
}

void restorePage(const QString &page, QHeaderView *header, QSplitter *splitter, FacetBar *facets)
{
    QSettings settings;
    settings.beginGroup(SettingsKeys::viewGroup(page));
    const QByteArray columns = settings.value(SettingsKeys::viewHeader()).toByteArray();
    if (!columns.isEmpty())
        header->restoreState(columns);
    const QByteArray split = settings.value(SettingsKeys::viewSplitter()).toByteArray();
    if (!split.isEmpty())
        splitter->restoreState(split);
    for (const FacetSpec &facet : facets->facets()) {
        const QString value
                = settings.value(SettingsKeys::viewFacet(FacetBar::name(facet.role))).toString();
        if (!value.isEmpty())
            facets->setValue(facet.role, value);
    }
    settings.endGroup();
}

bool hasColumns(const QString &page)
{
    return QSettings().contains(SettingsKeys::viewGroup(page) + u'/' + SettingsKeys::viewHeader());
}

void saveWindow(const QMainWindow *window, const QSplitter *splitter)
{
    QSettings settings;
    settings.setValue(SettingsKeys::windowGeometry(), window->saveGeometry());
    settings.setValue(SettingsKeys::windowSplitter(), splitter->saveState());
}

void restoreWindow(QMainWindow *window, QSplitter *splitter)
{
    QSettings settings;
    window->restoreGeometry(settings.value(SettingsKeys::windowGeometry()).toByteArray());
    splitter->restoreState(settings.value(SettingsKeys::windowSplitter()).toByteArray());
}

int lastPage(int count)
{
    return qBound(0, QSettings().value(SettingsKeys::windowPage(), 0).toInt(), count - 1);
}

void setLastPage(int page)
{
    QSettings().setValue(SettingsKeys::windowPage(), page);
}

} // namespace ViewState
