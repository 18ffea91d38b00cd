#pragma once

#include <QString>

class FacetBar;
class QHeaderView;
class QMainWindow;
class QSplitter;

//! What a person arranged, kept across restarts (in QSettings, keys from SettingsKeys): each
//! page's columns (widths, order, visibility, sort), its split and its filters; the window's
//! size, its split and the page it showed.
namespace ViewState {

void savePage(const QString &page, const QHeaderView *header, const QSplitter *splitter,
              const FacetBar *facets);
//! Restores what savePage() kept; nothing is touched for a page never saved.
void restorePage(const QString &page, QHeaderView *header, QSplitter *splitter, FacetBar *facets);
//! The person's own column widths exist for \a page (else they are fitted to the data once).
[[nodiscard]] bool hasColumns(const QString &page);

void saveWindow(const QMainWindow *window, const QSplitter *splitter);
void restoreWindow(QMainWindow *window, QSplitter *splitter);
//! The page shown last, 0..\a count-1.
[[nodiscard]] int lastPage(int count);
void setLastPage(int page);

} // namespace ViewState
