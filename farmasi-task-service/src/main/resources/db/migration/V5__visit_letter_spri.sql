-- A visit's SPRI (surat perintah rawat inap: the doctor orders an admission, on the member's card) is its third letter.
alter table visit_letter drop constraint visit_letter_kind;
alter table visit_letter add constraint visit_letter_kind check (kind in ('SEP', 'SURAT_KONTROL', 'SPRI'));
