// Where a notice to staff leads: the programme's pages on the staff desk (/desk), which opens on a
// provincial link in a third of the full admin's time; the same pages are at /admin/plugins/recognition.
export const STAFF_PAGES = '/desk/plugins/recognition';
