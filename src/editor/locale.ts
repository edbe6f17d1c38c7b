/**
 * Vietnamese for the strings Decap CMS's own Vietnamese locale (`vi`, in
 * decap-cms-locales 3.8.2, bundled in decap-cms 3.16.3) leaves out or leaves
 * in English. Decap falls back to English for a missing key, so every key
 * the English locale has and the Vietnamese one lacks is given here (77 in
 * that version), plus the few the Vietnamese locale copies from English.
 *
 * The editor's start script merges these over Decap's `vi` phrases
 * (CMS.getLocale('vi')) and registers the result again as `vi`.
 * A unit test checks that, merged, no key of the English locale is missing.
 */

/** Decap's phrases: nested objects of strings (Polyglot, `%{name}` placeholders). */
export interface Phrases {
  [key: string]: string | Phrases;
}

export const VI_OVERRIDES: Phrases = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    collectionTop: {
      viewAs: 'Xem dạng',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
      newButton: '＋ Thêm %{collectionLabel}',
    },
    entries: {
      unpublishedHeader: 'Mục chưa đăng',
    },
    groups: {
      other: 'Khác',
      negateLabel: 'Không phải %{label}',
    },
  },
  editor: {
    editorControlPane: {
      widget: {
        // Decap's vi: "%{fieldLabel} không khớp với mẫu: %{pattern}." — the pattern's
        // message here is already a sentence saying how to write the value.
        regexPattern: '%{fieldLabel}: %{pattern}',
      },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền nội dung từ ngôn ngữ %{locale}?\nMọi nội dung hiện có sẽ bị ghi đè.',
      },
    },
    editorControl: {
      field: {
        widgetLabel: 'Trường %{widgetLabel}',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng thời',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở bên dưới để trao đổi với người duyệt.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đánh dấu đã xong',
      unresolve: 'Mở lại',
      confirmDelete: 'Bạn có chắc muốn xóa ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      // Decap's vi has "Trạng: …", a word cut short.
      status: 'Trạng thái: %{status}',
      statusInfoTooltipDraft: 'Bài đang ở trạng thái nháp. Để hoàn tất và gửi duyệt, chuyển trạng thái sang "Đang xét duyệt".',
      statusInfoTooltipInReview: 'Bài đang được duyệt, bạn không cần làm gì thêm. Bạn vẫn có thể sửa tiếp trong lúc chờ duyệt.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm',
        italic: 'Chữ nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        richText: 'Soạn thảo trực quan',
        markdown: 'Mã Markdown',
        toggleMode: {
          rich: 'Chuyển sang soạn thảo trực quan',
          markdown: 'Chuyển sang mã Markdown',
        },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Xóa tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Xóa tất cả tệp',
      },
      datetime: {
        setToNow: 'Đặt %{fieldLabel} là bây giờ',
      },
      list: {
        add: 'Thêm %{item}',
        addType: 'Thêm %{item}',
      },
      object: {
        expand: 'Mở rộng',
        collapse: 'Thu gọn',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Sao chép',
      copyUrl: 'Sao chép địa chỉ',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibraryModal: {
      close: 'Đóng',
    },
  },
  ui: {
    settingsDropdown: {
      account: 'Tùy chọn tài khoản',
    },
    toast: {
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã cập nhật ghi chú',
      onFailToUpdateNote: 'Không cập nhật được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú là xong',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};

const isPhrases = (value: string | Phrases | undefined): value is Phrases => typeof value === 'object' && value !== null;

/** `overrides` over `base`, key by key at every depth; neither is changed. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const out: Phrases = {...base};
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] = isPhrases(value) && isPhrases(current) ? mergePhrases(current, value) : value;
  }
  return out;
}

/** Every key path of a phrases object ("editor.editorWidgets.list.add"). */
export function phraseKeys(phrases: Phrases, prefix = ''): string[] {
  return Object.entries(phrases).flatMap(([key, value]) => (isPhrases(value) ? phraseKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

/**
 * Text that react-select (inside Decap's select widget) shows in English and
 * Decap passes no phrase for: typing a value that is not in the list, e.g.
 * an unknown unit code, shows "No options". The start script replaces these
 * texts in the page as they appear (src/editor/browser/start.ts).
 */
export const VI_WIDGET_TEXTS: Readonly<Record<string, string>> = {
  'No options': 'Không có lựa chọn nào khớp với chữ đã gõ: chọn một dòng trong danh sách',
};
