// The unit kinds as targets and counts name them.
export const unitKinds = {
  xa: 'Xã',
  phuong: 'Phường',
  dacKhu: 'Đặc khu',
  coQuan: 'Cơ quan',
  doanhNghiep: 'Doanh nghiệp',
  coSoGiaoDuc: 'Cơ sở giáo dục',
};
