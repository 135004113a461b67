// Opens the app's IndexedDB as the page starts, so the browser's storage backend (slow to start in a
// fresh process) is up by the time the app's own code asks for data. It never creates or changes the
// database: a first run aborts the open, and the connection closes at once.
(function warmUpStorage() {
  try {
    var request = indexedDB.open('steadyweek');
    request.onupgradeneeded = function () {
      request.transaction.abort();
    };
    request.onsuccess = function () {
      request.result.close();
    };
    request.onerror = function (event) {
      event.preventDefault();
    };
  } catch {
    // Storage unavailable: the app reports it when it opens the database itself.
  }
})();
