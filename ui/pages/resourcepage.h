#pragma once

#include "pagespec.h"

#include <QSet>

#include <QWidget>
#include <functional>

#include <memory>

class AccountSession;
class ClipboardGuard;
class DetailView;
class FacetBar;
class QTableView;
class QTimer;
class ResourceFilterProxy;
struct ApiError;

namespace Ui {
class ResourcePage;
}

//! One page of the console: a live table of one resource with search, structured filters,
//! natural sorting, a column chooser, a detail pane for the selected row, copy actions, CSV
//! export and a sentence for every state (loading, error, empty, no results). What the person
//! set up (columns, widths, order, sort, filters, splitter) is saved per page and restored.
class ResourcePage final : public QWidget
{
    Q_OBJECT
public:
    ResourcePage(AccountSession *session, PageSpec spec, ClipboardGuard *clipboard,
                 QWidget *parent = nullptr);
    ~ResourcePage() override;

    [[nodiscard]] const PageSpec &spec() const { return m_spec; }
    [[nodiscard]] QTableView *table() const;
    [[nodiscard]] ResourceFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] DetailView *detail() const { return m_detail; }
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString updatedText() const;
    //! The id of the row the detail pane shows (empty: none).
    [[nodiscard]] QString currentId() const { return m_currentId; }
    //! Selects the row of \a id (if shown) and scrolls to it.
    bool selectId(const QString &id);
    //! Selects the rows of \a ids that are shown, the first of them current; false: none is.
    bool selectIds(const QStringList &ids);

    //! The visible columns in their on-screen order (logical indexes).
    [[nodiscard]] QList<int> visibleColumns() const;
    void setColumnVisible(int column, bool visible);
    //! Writes the table as shown to \a path as CSV; false with \a error when it cannot.
    bool exportCsv(const QString &path, QString *error = nullptr);
    //! Asks where to save and exports.
    void exportWithDialog();
    //! Copies the selected rows (visible columns, tab-separated) to the clipboard.
    void copySelectedRows();
    void focusSearch();
    //! Actions on the selected row: buttons in the page's header (or, with \a menuTitle, one
    //! button with a menu of them) and the top of the row's context menu.
    void addRowActions(const QList<QAction *> &actions, const QString &menuTitle = QString());
    //! Actions that need no row ("Create server"): header buttons, and the context menu of the
    //! table where no row is (an empty table too).
    void addPageActions(const QList<QAction *> &actions);
    void saveViewState() const;
    //! Adds buttons to the detail of resource \a id ("Detach" on a server's volume).
    using DetailDecorator = std::function<void(const QString &id, QList<DetailSection> &sections)>;
    void setDetailDecorator(DetailDecorator decorator);
    //! Builds the detail pane again (what its buttons allow changed).
    void refreshDetail() { updateDetail(); }

Q_SIGNALS:
    void message(const QString &text);
    //! The row whose detail is open changed (chosen, gone, or another account).
    void currentIdChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreViewState();
    void scheduleSave();
    void refillFacets();
    void buildColumnMenu();
    void updateState();
    void updateDetail();
    //! The row that was current is gone from the table: nothing is selected any more (never its
    //! neighbour, which the person did not choose).
    void forgetCurrent();
    void updateUpdatedLabel();
    void showContextMenu(const QPoint &pos);
    [[nodiscard]] QString cellsOf(int proxyRow, const QList<int> &columns) const;

    const std::unique_ptr<Ui::ResourcePage> m_ui;
    AccountSession *m_session;
    PageSpec m_spec;
    ClipboardGuard *m_clipboard;
    ResourceFilterProxy *m_proxy;
    DetailView *m_detail;
    FacetBar *m_facets;
    QTimer *m_saveTimer;
    QTimer *m_facetTimer;
    QTimer *m_ageTimer;
    QTimer *m_detailTimer; //!< another resource changed: the detail may name it
    QString m_currentId;
    //! Rows whose detail was read on opening since the last listing (each once).
    QSet<QString> m_freshened;
    QList<QAction *> m_rowActions;
    QList<QAction *> m_pageActions;
    DetailDecorator m_decorator;
    bool m_restoring = false;
    bool m_fitted = false;
    bool m_currentLeaving
            = false; //!< the current row is leaving the table (deleted or filtered out)
};
