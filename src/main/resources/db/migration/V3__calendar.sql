-- Working-day calendar (lịch ngày làm việc) for civil servants (công chức, viên chức), who work
-- Monday to Friday. Only the exceptions are rows: a HOLIDAY is a Monday-to-Friday day off, a WORKDAY
-- is a Saturday or Sunday that is worked to make up for a swapped day. Every other day follows the
-- week. Portable SQL: runs unchanged on H2 (default) and PostgreSQL (production).
--
-- Statutory rules (Bộ luật Lao động 2019):
--   * Điều 112 khoản 1: paid days off are Tết Dương lịch (1/1, one day), Tết Âm lịch (five days),
--     Ngày Chiến thắng (30/4), Ngày Quốc tế Lao động (1/5), Quốc khánh (2/9 and one day before or
--     after it) and Giỗ Tổ Hùng Vương (10/3 of the lunar calendar).
--   * Điều 112 khoản 3: every year the Prime Minister fixes which days the Tết Âm lịch days and the
--     day next to Quốc khánh are.
--   * Điều 111 khoản 3: a holiday that falls on the weekly day off gives a day off on the next
--     working day (nghỉ bù).
--   * For civil servants the Government may also swap a working day inside a holiday week with a
--     Saturday (hoán đổi); the Saturday then becomes a WORKDAY row ("Làm bù cho ngày ...").
--
-- Dates of the lunar holidays: Tết Ất Tỵ 29/1/2025, Giỗ Tổ 7/4/2025 (Monday); Tết Bính Ngọ 17/2/2026,
-- Giỗ Tổ 26/4/2026 (Sunday); Tết Đinh Mùi 6/2/2027 (Saturday), Giỗ Tổ 16/4/2027 (Friday).
--
-- 2025, official: the Government Office letter 8726/VPCP-KGVX of 26/11/2024 conveyed the Prime
-- Minister's decision, announced to employers by the Ministry of Labour (Bộ LĐ-TB&XH):
--   * Tết Ất Tỵ: nine days off, Saturday 25/1 to Sunday 2/2/2025; the five Tết days are Monday 27/1
--     to Friday 31/1, no swap.
--   * 30/4 – 1/5: Friday 2/5/2025 swapped with Saturday 26/4/2025, five days off 30/4 to 4/5.
--   * Quốc khánh: 2/9 (Tuesday) and the day before, 1/9 (Monday); four days off 30/8 to 2/9.
--   * Tết Dương lịch 1/1/2025 (Wednesday) and Giỗ Tổ 7/4/2025 (Monday): one day each, by the statute.
-- 2026, official:
--   * Tết Dương lịch: letter 12729/VPCP-KGVX of 25/12/2025 (Deputy Prime Minister): Friday 2/1/2026
--     swapped with Saturday 10/1/2026, four days off 1/1 to 4/1.
--   * Tết Bính Ngọ and Quốc khánh: the Prime Minister agreed the Ministry of Home Affairs' proposal
--     (Government Office letter of 13/10/2025); the ministry announced it on 16/10/2025 (thông báo
--     số 9441 của Bộ Nội vụ). Tết: Monday 16/2 (29 tháng Chạp) to Friday 20/2/2026 (mùng 4), nine
--     days with the weekends 14/2 – 22/2. Quốc khánh: 1/9 (Tuesday) and 2/9 (Wednesday), and
--     Monday 31/8 swapped with Saturday 22/8/2026, five days off 29/8 to 2/9.
--   * Giỗ Tổ falls on Sunday 26/4/2026, so Monday 27/4 is the day off in lieu (Điều 111 khoản 3;
--     reported as such by the press, e.g. Thanh Niên, 23/2/2026). 30/4 and 1/5 are Thursday and
--     Friday: no swap was announced.
--   * Not seeded: the Politburo's Resolution 80-NQ/TW (January 2026) chose 24/11 as Ngày Văn hóa
--     Việt Nam, meant to be a paid day off, and the Government's Resolution 30/NQ-CP (February 2026)
--     asked for the Labour Code to be amended accordingly. Until the amendment is in force it is no
--     statutory holiday; once it is, add the day on the /calendar page.
-- 2027, derived from the statute only, no announcement found (source note says so):
--   * Tết Dương lịch Friday 1/1/2027.
--   * Tết Đinh Mùi falls on Saturday 6/2/2027. The five Tết days are taken as Thursday 4/2 to Monday
--     8/2 (two days before Tết, three from mùng 1); the two of them on the weekend are given back on
--     Tuesday 9/2 and Wednesday 10/2. So the weekdays off are 4, 5, 8, 9 and 10/2, the same shape as
--     in 2024, when Tết also fell on a Saturday and civil servants were off Thursday 8/2 to
--     Wednesday 14/2/2024. The Prime Minister's decision may differ.
--   * Giỗ Tổ Friday 16/4/2027; 30/4 Friday; 1/5 is a Saturday, so Monday 3/5 is the day in lieu.
--   * Quốc khánh Thursday 2/9/2027; the adjacent day is taken as Friday 3/9 (joins the weekend).
--   * No swaps: a swap exists only by decision.

create table calendar_day (
    calendar_date  date         primary key,
    kind           varchar(16)  not null,
    name           varchar(200) not null,
    source_note    varchar(500),
    constraint ck_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);

insert into calendar_day (calendar_date, kind, name, source_note) values
    (date '2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112'),
    (date '2025-01-27', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024'),
    (date '2025-01-28', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024'),
    (date '2025-01-29', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024'),
    (date '2025-01-30', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024'),
    (date '2025-01-31', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024'),
    (date '2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương', 'Bộ luật Lao động 2019, Điều 112'),
    (date '2025-04-26', 'WORKDAY', 'Làm bù cho ngày 02/05', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024'),
    (date '2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng 30/4', 'Bộ luật Lao động 2019, Điều 112'),
    (date '2025-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động 1/5', 'Bộ luật Lao động 2019, Điều 112'),
    (date '2025-05-02', 'HOLIDAY', 'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/04)',
        'Văn bản 8726/VPCP-KGVX ngày 26/11/2024'),
    (date '2025-09-01', 'HOLIDAY', 'Nghỉ liền kề Quốc khánh 2/9', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024'),
    (date '2025-09-02', 'HOLIDAY', 'Quốc khánh 2/9', 'Bộ luật Lao động 2019, Điều 112');

insert into calendar_day (calendar_date, kind, name, source_note) values
    (date '2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112'),
    (date '2026-01-02', 'HOLIDAY', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01)',
        'Văn bản 12729/VPCP-KGVX ngày 25/12/2025'),
    (date '2026-01-10', 'WORKDAY', 'Làm bù cho ngày 02/01', 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025'),
    (date '2026-02-16', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Thông báo 9441 của Bộ Nội vụ ngày 16/10/2025'),
    (date '2026-02-17', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Thông báo 9441 của Bộ Nội vụ ngày 16/10/2025'),
    (date '2026-02-18', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Thông báo 9441 của Bộ Nội vụ ngày 16/10/2025'),
    (date '2026-02-19', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Thông báo 9441 của Bộ Nội vụ ngày 16/10/2025'),
    (date '2026-02-20', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ', 'Thông báo 9441 của Bộ Nội vụ ngày 16/10/2025'),
    (date '2026-04-27', 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương',
        'Giỗ Tổ 26/4/2026 là Chủ nhật; Bộ luật Lao động 2019, Điều 111 khoản 3'),
    (date '2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng 30/4', 'Bộ luật Lao động 2019, Điều 112'),
    (date '2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động 1/5', 'Bộ luật Lao động 2019, Điều 112'),
    (date '2026-08-22', 'WORKDAY', 'Làm bù cho ngày 31/08', 'Thông báo 9441 của Bộ Nội vụ ngày 16/10/2025'),
    (date '2026-08-31', 'HOLIDAY', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08)',
        'Thông báo 9441 của Bộ Nội vụ ngày 16/10/2025'),
    (date '2026-09-01', 'HOLIDAY', 'Nghỉ liền kề Quốc khánh 2/9', 'Thông báo 9441 của Bộ Nội vụ ngày 16/10/2025'),
    (date '2026-09-02', 'HOLIDAY', 'Quốc khánh 2/9', 'Bộ luật Lao động 2019, Điều 112');

insert into calendar_day (calendar_date, kind, name, source_note) values
    (date '2027-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-02-04', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi', 'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-02-05', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi', 'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-02-08', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi', 'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-02-09', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (bù ngày Tết trùng thứ Bảy)',
        'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-02-10', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (bù ngày Tết trùng Chủ nhật)',
        'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương', 'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng 30/4', 'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-05-03', 'HOLIDAY', 'Nghỉ bù Ngày Quốc tế Lao động 1/5',
        'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-09-02', 'HOLIDAY', 'Quốc khánh 2/9', 'Theo Bộ luật Lao động, chưa có thông báo chính thức'),
    (date '2027-09-03', 'HOLIDAY', 'Nghỉ liền kề Quốc khánh 2/9', 'Theo Bộ luật Lao động, chưa có thông báo chính thức');
