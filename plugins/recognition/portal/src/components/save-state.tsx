// What the marks form says about saving: only what the server confirmed, and which criteria
// still hold an entry it has not kept (with a way to send again after a failure).
export type Saving = { status: 'idle' | 'saving' | 'saved' | 'error'; text?: string };

export function SaveState({
  saving,
  invalid,
  retry,
}: {
  saving: Saving;
  invalid: string[];
  retry: () => void;
}) {
  return (
    <div className={`save ${saving.status}`} role={saving.status === 'error' ? 'alert' : 'status'}>
      <p>
        {saving.status === 'saving'
          ? 'Đang lưu…'
          : (saving.text ??
            'Mỗi điểm được lưu tự động khi nhập; ô nào chưa đúng sẽ báo đỏ và không được lưu.')}
      </p>
      {invalid.length > 0 && (
        <p className="bad">
          Chưa lưu {invalid.length} tiêu chí ({invalid.join(', ')}): sửa ô báo đỏ, các điểm khác vẫn
          được lưu.
        </p>
      )}
      {saving.status === 'error' && (
        <button type="button" className="secondary" onClick={retry}>
          Lưu lại
        </button>
      )}
    </div>
  );
}
