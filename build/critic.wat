(module
 (type $0 (func (param i32 i32 i32 i32)))
 (type $1 (func (param i32 i32 i32 i32 i32 i32 i32)))
 (type $2 (func (result i32)))
 (type $3 (func (param i32) (result i32)))
 (type $4 (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32 i32 i32) (result i32)))
 (type $7 (func (param i32 i32 i32 i32 i32) (result i32)))
 (type $8 (func (param i32 i32 i32 i32 i32 i32 f32 i32 i32 i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $10 (func (param i32 i32 i32) (result i32)))
 (type $11 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $12 (func (param i32 f32 i32 i32)))
 (type $13 (func (param i32 i32 i32 i32 i32 i32 i32) (result f32)))
 (type $14 (func (param i32 i32 i32 i32 i32 f32 i32 i32)))
 (type $15 (func (param i32 i32 i32 i32 i32)))
 (type $16 (func (param i32 i32 i32)))
 (type $17 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $18 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (global $assembly/encoder/token_hashes/listEndTok (mut i32) (i32.const 0))
 (global $assembly/encoder/tokenize/classifiedTo (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/ENC_BYTES i32 (i32.const 48))
 (global $assembly/encoder/hash_ngram/lastValues (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/allKinds (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/wStarts (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/wEnds (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/wGrams (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/wStates (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/wList (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/wHashes (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/fTok (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/fG (mut i32) (i32.const 0))
 (global $assembly/encoder/hash_ngram/backTok (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 1036) "L\18")
 (data $0.1 (i32.const 1048) "\04\00\00\008\18\00\00\aa\00\00\00\aa\00\00\00\b2\00\00\00\b3\00\00\00\b5\00\00\00\b5\00\00\00\b9\00\00\00\ba\00\00\00\bc\00\00\00\be\00\00\00\c0\00\00\00\d6\00\00\00\d8\00\00\00\f6\00\00\00\f8\00\00\00\c1\02\00\00\c6\02\00\00\d1\02\00\00\e0\02\00\00\e4\02\00\00\ec\02\00\00\ec\02\00\00\ee\02\00\00\ee\02\00\00p\03\00\00t\03\00\00v\03\00\00w\03\00\00z\03\00\00}\03\00\00\7f\03\00\00\7f\03\00\00\86\03\00\00\86\03\00\00\88\03\00\00\8a\03\00\00\8c\03\00\00\8c\03\00\00\8e\03\00\00\a1\03\00\00\a3\03\00\00\f5\03\00\00\f7\03\00\00\81\04\00\00\8a\04\00\00/\05\00\001\05\00\00V\05\00\00Y\05\00\00Y\05\00\00`\05\00\00\88\05\00\00\d0\05\00\00\ea\05\00\00\ef\05\00\00\f2\05\00\00 \06\00\00J\06\00\00`\06\00\00i\06\00\00n\06\00\00o\06\00\00q\06\00\00\d3\06\00\00\d5\06\00\00\d5\06\00\00\e5\06\00\00\e6\06\00\00\ee\06\00\00\fc\06\00\00\ff\06\00\00\ff\06\00\00\10\07\00\00\10\07\00\00\12\07\00\00/\07\00\00M\07\00\00\a5\07\00\00\b1\07\00\00\b1\07\00\00\c0\07\00\00\ea\07\00\00\f4\07\00\00\f5\07\00\00\fa\07\00\00\fa\07\00\00\00\08\00\00\15\08\00\00\1a\08\00\00\1a\08\00\00$\08\00\00$\08\00\00(\08\00\00(\08\00\00@\08\00\00X\08\00\00`\08\00\00j\08\00\00p\08\00\00\87\08\00\00\89\08\00\00\8f\08\00\00\a0\08\00\00\c9\08\00\00\04\t\00\009\t\00\00=\t\00\00=\t\00\00P\t\00\00P\t\00\00X\t\00\00a\t\00\00f\t\00\00o\t\00\00q\t\00\00\80\t\00\00\85\t\00\00\8c\t\00\00\8f\t\00\00\90\t\00\00\93\t\00\00\a8\t\00\00\aa\t\00\00\b0\t\00\00\b2\t\00\00\b2\t\00\00\b6\t\00\00\b9\t\00\00\bd\t\00\00\bd\t\00\00\ce\t\00\00\ce\t\00\00\dc\t\00\00\dd\t\00\00\df\t\00\00\e1\t\00\00\e6\t\00\00\f1\t\00\00\f4\t\00\00\f9\t\00\00\fc\t\00\00\fc\t\00\00\05\n\00\00\n\n\00\00\0f\n\00\00\10\n\00\00\13\n\00\00(\n\00\00*\n\00\000\n\00\002\n\00\003\n\00\005\n\00\006\n\00\008\n\00\009\n\00\00Y\n\00\00\\\n\00\00^\n\00\00^\n\00\00f\n\00\00o\n\00\00r\n\00\00t\n\00\00\85\n\00\00\8d\n\00\00\8f\n\00\00\91\n\00\00\93\n\00\00\a8\n\00\00\aa\n\00\00\b0\n\00\00\b2\n\00\00\b3\n\00\00\b5\n\00\00\b9\n\00\00\bd\n\00\00\bd\n\00\00\d0\n\00\00\d0\n\00\00\e0\n\00\00\e1\n\00\00\e6\n\00\00\ef\n\00\00\f9\n\00\00\f9\n\00\00\05\0b\00\00\0c\0b\00\00\0f\0b\00\00\10\0b\00\00\13\0b\00\00(\0b\00\00*\0b\00\000\0b\00\002\0b\00\003\0b\00\005\0b\00\009\0b\00\00=\0b\00\00=\0b\00\00\\\0b\00\00]\0b\00\00_\0b\00\00a\0b\00\00f\0b\00\00o\0b\00\00q\0b\00\00w\0b\00\00\83\0b\00\00\83\0b\00\00\85\0b\00\00\8a\0b\00\00\8e\0b\00\00\90\0b\00\00\92\0b\00\00\95\0b\00\00\99\0b\00\00\9a\0b\00\00\9c\0b\00\00\9c\0b\00\00\9e\0b\00\00\9f\0b\00\00\a3\0b\00\00\a4\0b\00\00\a8\0b\00\00\aa\0b\00\00\ae\0b\00\00\b9\0b\00\00\d0\0b\00\00\d0\0b\00\00\e6\0b\00\00\f2\0b\00\00\05\0c\00\00\0c\0c\00\00\0e\0c\00\00\10\0c\00\00\12\0c\00\00(\0c\00\00*\0c\00\009\0c\00\00=\0c\00\00=\0c\00\00X\0c\00\00Z\0c\00\00\\\0c\00\00]\0c\00\00`\0c\00\00a\0c\00\00f\0c\00\00o\0c\00\00x\0c\00\00~\0c\00\00\80\0c\00\00\80\0c\00\00\85\0c\00\00\8c\0c\00\00\8e\0c\00\00\90\0c\00\00\92\0c\00\00\a8\0c\00\00\aa\0c\00\00\b3\0c\00\00\b5\0c\00\00\b9\0c\00\00\bd\0c\00\00\bd\0c\00\00\dc\0c\00\00\de\0c\00\00\e0\0c\00\00\e1\0c\00\00\e6\0c\00\00\ef\0c\00\00\f1\0c\00\00\f2\0c\00\00\04\r\00\00\0c\r\00\00\0e\r\00\00\10\r\00\00\12\r\00\00:\r\00\00=\r\00\00=\r\00\00N\r\00\00N\r\00\00T\r\00\00V\r\00\00X\r\00\00a\r\00\00f\r\00\00x\r\00\00z\r\00\00\7f\r\00\00\85\r\00\00\96\r\00\00\9a\r\00\00\b1\r\00\00\b3\r\00\00\bb\r\00\00\bd\r\00\00\bd\r\00\00\c0\r\00\00\c6\r\00\00\e6\r\00\00\ef\r\00\00\01\0e\00\000\0e\00\002\0e\00\003\0e\00\00@\0e\00\00F\0e\00\00P\0e\00\00Y\0e\00\00\81\0e\00\00\82\0e\00\00\84\0e\00\00\84\0e\00\00\86\0e\00\00\8a\0e\00\00\8c\0e\00\00\a3\0e\00\00\a5\0e\00\00\a5\0e\00\00\a7\0e\00\00\b0\0e\00\00\b2\0e\00\00\b3\0e\00\00\bd\0e\00\00\bd\0e\00\00\c0\0e\00\00\c4\0e\00\00\c6\0e\00\00\c6\0e\00\00\d0\0e\00\00\d9\0e\00\00\dc\0e\00\00\df\0e\00\00\00\0f\00\00\00\0f\00\00 \0f\00\003\0f\00\00@\0f\00\00G\0f\00\00I\0f\00\00l\0f\00\00\88\0f\00\00\8c\0f\00\00\00\10\00\00*\10\00\00?\10\00\00I\10\00\00P\10\00\00U\10\00\00Z\10\00\00]\10\00\00a\10\00\00a\10\00\00e\10\00\00f\10\00\00n\10\00\00p\10\00\00u\10\00\00\81\10\00\00\8e\10\00\00\8e\10\00\00\90\10\00\00\99\10\00\00\a0\10\00\00\c5\10\00\00\c7\10\00\00\c7\10\00\00\cd\10\00\00\cd\10\00\00\d0\10\00\00\fa\10\00\00\fc\10\00\00H\12\00\00J\12\00\00M\12\00\00P\12\00\00V\12\00\00X\12\00\00X\12\00\00Z\12\00\00]\12\00\00`\12\00\00\88\12\00\00\8a\12\00\00\8d\12\00\00\90\12\00\00\b0\12\00\00\b2\12\00\00\b5\12\00\00\b8\12\00\00\be\12\00\00\c0\12\00\00\c0\12\00\00\c2\12\00\00\c5\12\00\00\c8\12\00\00\d6\12\00\00\d8\12\00\00\10\13\00\00\12\13\00\00\15\13\00\00\18\13\00\00Z\13\00\00i\13\00\00|\13\00\00\80\13\00\00\8f\13\00\00\a0\13\00\00\f5\13\00\00\f8\13\00\00\fd\13\00\00\01\14\00\00l\16\00\00o\16\00\00\7f\16\00\00\81\16\00\00\9a\16\00\00\a0\16\00\00\ea\16\00\00\ee\16\00\00\f8\16\00\00\00\17\00\00\11\17\00\00\1f\17\00\001\17\00\00@\17\00\00Q\17\00\00`\17\00\00l\17\00\00n\17\00\00p\17\00\00\80\17\00\00\b3\17\00\00\d7\17\00\00\d7\17\00\00\dc\17\00\00\dc\17\00\00\e0\17\00\00\e9\17\00\00\f0\17\00\00\f9\17\00\00\10\18\00\00\19\18\00\00 \18\00\00x\18\00\00\80\18\00\00\84\18\00\00\87\18\00\00\a8\18\00\00\aa\18\00\00\aa\18\00\00\b0\18\00\00\f5\18\00\00\00\19\00\00\1e\19\00\00F\19\00\00m\19\00\00p\19\00\00t\19\00\00\80\19\00\00\ab\19\00\00\b0\19\00\00\c9\19\00\00\d0\19\00\00\da\19\00\00\00\1a\00\00\16\1a\00\00 \1a\00\00T\1a\00\00\80\1a\00\00\89\1a\00\00\90\1a\00\00\99\1a\00\00\a7\1a\00\00\a7\1a\00\00\05\1b\00\003\1b\00\00E\1b\00\00L\1b\00\00P\1b\00\00Y\1b\00\00\83\1b\00\00\a0\1b\00\00\ae\1b\00\00\e5\1b\00\00\00\1c\00\00#\1c\00\00@\1c\00\00I\1c\00\00M\1c\00\00}\1c\00\00\80\1c\00\00\8a\1c\00\00\90\1c\00\00\ba\1c\00\00\bd\1c\00\00\bf\1c\00\00\e9\1c\00\00\ec\1c\00\00\ee\1c\00\00\f3\1c\00\00\f5\1c\00\00\f6\1c\00\00\fa\1c\00\00\fa\1c\00\00\00\1d\00\00\bf\1d\00\00\00\1e\00\00\15\1f\00\00\18\1f\00\00\1d\1f\00\00 \1f\00\00E\1f\00\00H\1f\00\00M\1f\00\00P\1f\00\00W\1f\00\00Y\1f\00\00Y\1f\00\00[\1f\00\00[\1f\00\00]\1f\00\00]\1f\00\00_\1f\00\00}\1f\00\00\80\1f\00\00\b4\1f\00\00\b6\1f\00\00\bc\1f\00\00\be\1f\00\00\be\1f\00\00\c2\1f\00\00\c4\1f\00\00\c6\1f\00\00\cc\1f\00\00\d0\1f\00\00\d3\1f\00\00\d6\1f\00\00\db\1f\00\00\e0\1f\00\00\ec\1f\00\00\f2\1f\00\00\f4\1f\00\00\f6\1f\00\00\fc\1f\00\00p \00\00q \00\00t \00\00y \00\00\7f \00\00\89 \00\00\90 \00\00\9c \00\00\02!\00\00\02!\00\00\07!\00\00\07!\00\00\n!\00\00\13!\00\00\15!\00\00\15!\00\00\19!\00\00\1d!\00\00$!\00\00$!\00\00&!\00\00&!\00\00(!\00\00(!\00\00*!\00\00-!\00\00/!\00\009!\00\00<!\00\00?!\00\00E!\00\00I!\00\00N!\00\00N!\00\00P!\00\00\89!\00\00`$\00\00\9b$\00\00\ea$\00\00\ff$\00\00v\'\00\00\93\'\00\00\00,\00\00\e4,\00\00\eb,\00\00\ee,\00\00\f2,\00\00\f3,\00\00\fd,\00\00\fd,\00\00\00-\00\00%-\00\00\'-\00\00\'-\00\00--\00\00--\00\000-\00\00g-\00\00o-\00\00o-\00\00\80-\00\00\96-\00\00\a0-\00\00\a6-\00\00\a8-\00\00\ae-\00\00\b0-\00\00\b6-\00\00\b8-\00\00\be-\00\00\c0-\00\00\c6-\00\00\c8-\00\00\ce-\00\00\d0-\00\00\d6-\00\00\d8-\00\00\de-\00\00/.\00\00/.\00\00\050\00\00\070\00\00!0\00\00)0\00\0010\00\0050\00\0080\00\00<0\00\00A0\00\00\960\00\00\9d0\00\00\9f0\00\00\a10\00\00\fa0\00\00\fc0\00\00\ff0\00\00\051\00\00/1\00\0011\00\00\8e1\00\00\921\00\00\951\00\00\a01\00\00\bf1\00\00\f01\00\00\ff1\00\00 2\00\00)2\00\00H2\00\00O2\00\00Q2\00\00_2\00\00\802\00\00\892\00\00\b12\00\00\bf2\00\00\004\00\00\bfM\00\00\00N\00\00\8c\a4\00\00\d0\a4\00\00\fd\a4\00\00\00\a5\00\00\0c\a6\00\00\10\a6\00\00+\a6\00\00@\a6\00\00n\a6\00\00\7f\a6\00\00\9d\a6\00\00\a0\a6\00\00\ef\a6\00\00\17\a7\00\00\1f\a7\00\00\"\a7\00\00\88\a7\00\00\8b\a7\00\00\dc\a7\00\00\f1\a7\00\00\01\a8\00\00\03\a8\00\00\05\a8\00\00\07\a8\00\00\n\a8\00\00\0c\a8\00\00\"\a8\00\000\a8\00\005\a8\00\00@\a8\00\00s\a8\00\00\82\a8\00\00\b3\a8\00\00\d0\a8\00\00\d9\a8\00\00\f2\a8\00\00\f7\a8\00\00\fb\a8\00\00\fb\a8\00\00\fd\a8\00\00\fe\a8\00\00\00\a9\00\00%\a9\00\000\a9\00\00F\a9\00\00`\a9\00\00|\a9\00\00\84\a9\00\00\b2\a9\00\00\cf\a9\00\00\d9\a9\00\00\e0\a9\00\00\e4\a9\00\00\e6\a9\00\00\fe\a9\00\00\00\aa\00\00(\aa\00\00@\aa\00\00B\aa\00\00D\aa\00\00K\aa\00\00P\aa\00\00Y\aa\00\00`\aa\00\00v\aa\00\00z\aa\00\00z\aa\00\00~\aa\00\00\af\aa\00\00\b1\aa\00\00\b1\aa\00\00\b5\aa\00\00\b6\aa\00\00\b9\aa\00\00\bd\aa\00\00\c0\aa\00\00\c0\aa\00\00\c2\aa\00\00\c2\aa\00\00\db\aa\00\00\dd\aa\00\00\e0\aa\00\00\ea\aa\00\00\f2\aa\00\00\f4\aa\00\00\01\ab\00\00\06\ab\00\00\t\ab\00\00\0e\ab\00\00\11\ab\00\00\16\ab\00\00 \ab\00\00&\ab\00\00(\ab\00\00.\ab\00\000\ab\00\00Z\ab\00\00\\\ab\00\00i\ab\00\00p\ab\00\00\e2\ab\00\00\f0\ab\00\00\f9\ab\00\00\00\ac\00\00\a3\d7\00\00\b0\d7\00\00\c6\d7\00\00\cb\d7\00\00\fb\d7\00\00\00\f9\00\00m\fa\00\00p\fa\00\00\d9\fa\00\00\00\fb\00\00\06\fb\00\00\13\fb\00\00\17\fb\00\00\1d\fb\00\00\1d\fb\00\00\1f\fb\00\00(\fb\00\00*\fb\00\006\fb\00\008\fb\00\00<\fb\00\00>\fb\00\00>\fb\00\00@\fb\00\00A\fb\00\00C\fb\00\00D\fb\00\00F\fb\00\00\b1\fb\00\00\d3\fb\00\00=\fd\00\00P\fd\00\00\8f\fd\00\00\92\fd\00\00\c7\fd\00\00\f0\fd\00\00\fb\fd\00\00p\fe\00\00t\fe\00\00v\fe\00\00\fc\fe\00\00\10\ff\00\00\19\ff\00\00!\ff\00\00:\ff\00\00A\ff\00\00Z\ff\00\00f\ff\00\00\be\ff\00\00\c2\ff\00\00\c7\ff\00\00\ca\ff\00\00\cf\ff\00\00\d2\ff\00\00\d7\ff\00\00\da\ff\00\00\dc\ff\00\00\00\00\01\00\0b\00\01\00\r\00\01\00&\00\01\00(\00\01\00:\00\01\00<\00\01\00=\00\01\00?\00\01\00M\00\01\00P\00\01\00]\00\01\00\80\00\01\00\fa\00\01\00\07\01\01\003\01\01\00@\01\01\00x\01\01\00\8a\01\01\00\8b\01\01\00\80\02\01\00\9c\02\01\00\a0\02\01\00\d0\02\01\00\e1\02\01\00\fb\02\01\00\00\03\01\00#\03\01\00-\03\01\00J\03\01\00P\03\01\00u\03\01\00\80\03\01\00\9d\03\01\00\a0\03\01\00\c3\03\01\00\c8\03\01\00\cf\03\01\00\d1\03\01\00\d5\03\01\00\00\04\01\00\9d\04\01\00\a0\04\01\00\a9\04\01\00\b0\04\01\00\d3\04\01\00\d8\04\01\00\fb\04\01\00\00\05\01\00\'\05\01\000\05\01\00c\05\01\00p\05\01\00z\05\01\00|\05\01\00\8a\05\01\00\8c\05\01\00\92\05\01\00\94\05\01\00\95\05\01\00\97\05\01\00\a1\05\01\00\a3\05\01\00\b1\05\01\00\b3\05\01\00\b9\05\01\00\bb\05\01\00\bc\05\01\00\c0\05\01\00\f3\05\01\00\00\06\01\006\07\01\00@\07\01\00U\07\01\00`\07\01\00g\07\01\00\80\07\01\00\85\07\01\00\87\07\01\00\b0\07\01\00\b2\07\01\00\ba\07\01\00\00\08\01\00\05\08\01\00\08\08\01\00\08\08\01\00\n\08\01\005\08\01\007\08\01\008\08\01\00<\08\01\00<\08\01\00?\08\01\00U\08\01\00X\08\01\00v\08\01\00y\08\01\00\9e\08\01\00\a7\08\01\00\af\08\01\00\e0\08\01\00\f2\08\01\00\f4\08\01\00\f5\08\01\00\fb\08\01\00\1b\t\01\00 \t\01\009\t\01\00@\t\01\00Y\t\01\00\80\t\01\00\b7\t\01\00\bc\t\01\00\cf\t\01\00\d2\t\01\00\00\n\01\00\10\n\01\00\13\n\01\00\15\n\01\00\17\n\01\00\19\n\01\005\n\01\00@\n\01\00H\n\01\00`\n\01\00~\n\01\00\80\n\01\00\9f\n\01\00\c0\n\01\00\c7\n\01\00\c9\n\01\00\e4\n\01\00\eb\n\01\00\ef\n\01\00\00\0b\01\005\0b\01\00@\0b\01\00U\0b\01\00X\0b\01\00r\0b\01\00x\0b\01\00\91\0b\01\00\a9\0b\01\00\af\0b\01\00\00\0c\01\00H\0c\01\00\80\0c\01\00\b2\0c\01\00\c0\0c\01\00\f2\0c\01\00\fa\0c\01\00#\r\01\000\r\01\009\r\01\00@\r\01\00e\r\01\00o\r\01\00\85\r\01\00`\0e\01\00~\0e\01\00\80\0e\01\00\a9\0e\01\00\b0\0e\01\00\b1\0e\01\00\c2\0e\01\00\c7\0e\01\00\00\0f\01\00\'\0f\01\000\0f\01\00E\0f\01\00Q\0f\01\00T\0f\01\00p\0f\01\00\81\0f\01\00\b0\0f\01\00\cb\0f\01\00\e0\0f\01\00\f6\0f\01\00\03\10\01\007\10\01\00R\10\01\00o\10\01\00q\10\01\00r\10\01\00u\10\01\00u\10\01\00\83\10\01\00\af\10\01\00\d0\10\01\00\e8\10\01\00\f0\10\01\00\f9\10\01\00\03\11\01\00&\11\01\006\11\01\00?\11\01\00D\11\01\00D\11\01\00G\11\01\00G\11\01\00P\11\01\00r\11\01\00v\11\01\00v\11\01\00\83\11\01\00\b2\11\01\00\c1\11\01\00\c4\11\01\00\d0\11\01\00\da\11\01\00\dc\11\01\00\dc\11\01\00\e1\11\01\00\f4\11\01\00\00\12\01\00\11\12\01\00\13\12\01\00+\12\01\00?\12\01\00@\12\01\00\80\12\01\00\86\12\01\00\88\12\01\00\88\12\01\00\8a\12\01\00\8d\12\01\00\8f\12\01\00\9d\12\01\00\9f\12\01\00\a8\12\01\00\b0\12\01\00\de\12\01\00\f0\12\01\00\f9\12\01\00\05\13\01\00\0c\13\01\00\0f\13\01\00\10\13\01\00\13\13\01\00(\13\01\00*\13\01\000\13\01\002\13\01\003\13\01\005\13\01\009\13\01\00=\13\01\00=\13\01\00P\13\01\00P\13\01\00]\13\01\00a\13\01\00\80\13\01\00\89\13\01\00\8b\13\01\00\8b\13\01\00\8e\13\01\00\8e\13\01\00\90\13\01\00\b5\13\01\00\b7\13\01\00\b7\13\01\00\d1\13\01\00\d1\13\01\00\d3\13\01\00\d3\13\01\00\00\14\01\004\14\01\00G\14\01\00J\14\01\00P\14\01\00Y\14\01\00_\14\01\00a\14\01\00\80\14\01\00\af\14\01\00\c4\14\01\00\c5\14\01\00\c7\14\01\00\c7\14\01\00\d0\14\01\00\d9\14\01\00\80\15\01\00\ae\15\01\00\d8\15\01\00\db\15\01\00\00\16\01\00/\16\01\00D\16\01\00D\16\01\00P\16\01\00Y\16\01\00\80\16\01\00\aa\16\01\00\b8\16\01\00\b8\16\01\00\c0\16\01\00\c9\16\01\00\d0\16\01\00\e3\16\01\00\00\17\01\00\1a\17\01\000\17\01\00;\17\01\00@\17\01\00F\17\01\00\00\18\01\00+\18\01\00\a0\18\01\00\f2\18\01\00\ff\18\01\00\06\19\01\00\t\19\01\00\t\19\01\00\0c\19\01\00\13\19\01\00\15\19\01\00\16\19\01\00\18\19\01\00/\19\01\00?\19\01\00?\19\01\00A\19\01\00A\19\01\00P\19\01\00Y\19\01\00\a0\19\01\00\a7\19\01\00\aa\19\01\00\d0\19\01\00\e1\19\01\00\e1\19\01\00\e3\19\01\00\e3\19\01\00\00\1a\01\00\00\1a\01\00\0b\1a\01\002\1a\01\00:\1a\01\00:\1a\01\00P\1a\01\00P\1a\01\00\\\1a\01\00\89\1a\01\00\9d\1a\01\00\9d\1a\01\00\b0\1a\01\00\f8\1a\01\00\c0\1b\01\00\e0\1b\01\00\f0\1b\01\00\f9\1b\01\00\00\1c\01\00\08\1c\01\00\n\1c\01\00.\1c\01\00@\1c\01\00@\1c\01\00P\1c\01\00l\1c\01\00r\1c\01\00\8f\1c\01\00\00\1d\01\00\06\1d\01\00\08\1d\01\00\t\1d\01\00\0b\1d\01\000\1d\01\00F\1d\01\00F\1d\01\00P\1d\01\00Y\1d\01\00`\1d\01\00e\1d\01\00g\1d\01\00h\1d\01\00j\1d\01\00\89\1d\01\00\98\1d\01\00\98\1d\01\00\a0\1d\01\00\a9\1d\01\00\b0\1d\01\00\db\1d\01\00\e0\1d\01\00\e9\1d\01\00\e0\1e\01\00\f2\1e\01\00\02\1f\01\00\02\1f\01\00\04\1f\01\00\10\1f\01\00\12\1f\01\003\1f\01\00P\1f\01\00Y\1f\01\00\b0\1f\01\00\b0\1f\01\00\c0\1f\01\00\d4\1f\01\00\00 \01\00\99#\01\00\00$\01\00n$\01\00\80$\01\00C%\01\00\90/\01\00\f0/\01\00\000\01\00/4\01\00A4\01\00F4\01\00`4\01\00\faC\01\00\00D\01\00FF\01\00\00a\01\00\1da\01\000a\01\009a\01\00\00h\01\008j\01\00@j\01\00^j\01\00`j\01\00ij\01\00pj\01\00\bej\01\00\c0j\01\00\c9j\01\00\d0j\01\00\edj\01\00\00k\01\00/k\01\00@k\01\00Ck\01\00Pk\01\00Yk\01\00[k\01\00ak\01\00ck\01\00wk\01\00}k\01\00\8fk\01\00@m\01\00lm\01\00pm\01\00ym\01\00@n\01\00\96n\01\00\a0n\01\00\b8n\01\00\bbn\01\00\d3n\01\00\00o\01\00Jo\01\00Po\01\00Po\01\00\93o\01\00\9fo\01\00\e0o\01\00\e1o\01\00\e3o\01\00\e3o\01\00\f2o\01\00\f6o\01\00\00p\01\00\d5\8c\01\00\ff\8c\01\00\1e\8d\01\00\80\8d\01\00\f2\8d\01\00\f0\af\01\00\f3\af\01\00\f5\af\01\00\fb\af\01\00\fd\af\01\00\fe\af\01\00\00\b0\01\00\"\b1\01\002\b1\01\002\b1\01\00P\b1\01\00R\b1\01\00U\b1\01\00U\b1\01\00d\b1\01\00g\b1\01\00p\b1\01\00\fb\b2\01\00\00\bc\01\00j\bc\01\00p\bc\01\00|\bc\01\00\80\bc\01\00\88\bc\01\00\90\bc\01\00\99\bc\01\00\f0\cc\01\00\f9\cc\01\00\c0\d2\01\00\d3\d2\01\00\e0\d2\01\00\f3\d2\01\00`\d3\01\00x\d3\01\00\00\d4\01\00T\d4\01\00V\d4\01\00\9c\d4\01\00\9e\d4\01\00\9f\d4\01\00\a2\d4\01\00\a2\d4\01\00\a5\d4\01\00\a6\d4\01\00\a9\d4\01\00\ac\d4\01\00\ae\d4\01\00\b9\d4\01\00\bb\d4\01\00\bb\d4\01\00\bd\d4\01\00\c3\d4\01\00\c5\d4\01\00\05\d5\01\00\07\d5\01\00\n\d5\01\00\r\d5\01\00\14\d5\01\00\16\d5\01\00\1c\d5\01\00\1e\d5\01\009\d5\01\00;\d5\01\00>\d5\01\00@\d5\01\00D\d5\01\00F\d5\01\00F\d5\01\00J\d5\01\00P\d5\01\00R\d5\01\00\a5\d6\01\00\a8\d6\01\00\c0\d6\01\00\c2\d6\01\00\da\d6\01\00\dc\d6\01\00\fa\d6\01\00\fc\d6\01\00\14\d7\01\00\16\d7\01\004\d7\01\006\d7\01\00N\d7\01\00P\d7\01\00n\d7\01\00p\d7\01\00\88\d7\01\00\8a\d7\01\00\a8\d7\01\00\aa\d7\01\00\c2\d7\01\00\c4\d7\01\00\cb\d7\01\00\ce\d7\01\00\ff\d7\01\00\00\df\01\00\1e\df\01\00%\df\01\00*\df\01\000\e0\01\00m\e0\01\00\00\e1\01\00,\e1\01\007\e1\01\00=\e1\01\00@\e1\01\00I\e1\01\00N\e1\01\00N\e1\01\00\90\e2\01\00\ad\e2\01\00\c0\e2\01\00\eb\e2\01\00\f0\e2\01\00\f9\e2\01\00\d0\e4\01\00\eb\e4\01\00\f0\e4\01\00\f9\e4\01\00\d0\e5\01\00\ed\e5\01\00\f0\e5\01\00\fa\e5\01\00\c0\e6\01\00\de\e6\01\00\e0\e6\01\00\e2\e6\01\00\e4\e6\01\00\e5\e6\01\00\e7\e6\01\00\ed\e6\01\00\f0\e6\01\00\f4\e6\01\00\fe\e6\01\00\ff\e6\01\00\e0\e7\01\00\e6\e7\01\00\e8\e7\01\00\eb\e7\01\00\ed\e7\01\00\ee\e7\01\00\f0\e7\01\00\fe\e7\01\00\00\e8\01\00\c4\e8\01\00\c7\e8\01\00\cf\e8\01\00\00\e9\01\00C\e9\01\00K\e9\01\00K\e9\01\00P\e9\01\00Y\e9\01\00q\ec\01\00\ab\ec\01\00\ad\ec\01\00\af\ec\01\00\b1\ec\01\00\b4\ec\01\00\01\ed\01\00-\ed\01\00/\ed\01\00=\ed\01\00\00\ee\01\00\03\ee\01\00\05\ee\01\00\1f\ee\01\00!\ee\01\00\"\ee\01\00$\ee\01\00$\ee\01\00\'\ee\01\00\'\ee\01\00)\ee\01\002\ee\01\004\ee\01\007\ee\01\009\ee\01\009\ee\01\00;\ee\01\00;\ee\01\00B\ee\01\00B\ee\01\00G\ee\01\00G\ee\01\00I\ee\01\00I\ee\01\00K\ee\01\00K\ee\01\00M\ee\01\00O\ee\01\00Q\ee\01\00R\ee\01\00T\ee\01\00T\ee\01\00W\ee\01\00W\ee\01\00Y\ee\01\00Y\ee\01\00[\ee\01\00[\ee\01\00]\ee\01\00]\ee\01\00_\ee\01\00_\ee\01\00a\ee\01\00b\ee\01\00d\ee\01\00d\ee\01\00g\ee\01\00j\ee\01\00l\ee\01\00r\ee\01\00t\ee\01\00w\ee\01\00y\ee\01\00|\ee\01\00~\ee\01\00~\ee\01\00\80\ee\01\00\89\ee\01\00\8b\ee\01\00\9b\ee\01\00\a1\ee\01\00\a3\ee\01\00\a5\ee\01\00\a9\ee\01\00\ab\ee\01\00\bb\ee\01\00\00\f1\01\00\0c\f1\01\00\f0\fb\01\00\f9\fb\01\00\00\00\02\00\df\a6\02\00\00\a7\02\00\1d\b8\02\00 \b8\02\00\ad\ce\02\00\b0\ce\02\00\e0\eb\02\00\f0\eb\02\00]\ee\02\00\00\f8\02\00\1d\fa\02\00\00\00\03\00J\13\03\00P\13\03\00y4\03")
 (export "abi_version" (func $assembly/index/abi_version))
 (export "relaxed_simd" (func $assembly/index/relaxed_simd))
 (export "heap_base" (func $assembly/index/heap_base))
 (export "critic_score" (func $assembly/driver/critic_score))
 (export "critic_goal_terms" (func $assembly/driver/critic_goal_terms))
 (export "critic_scratch_bytes" (func $assembly/driver/critic_scratch_bytes))
 (export "critic_outcome_probs" (func $assembly/driver/critic_outcome_probs))
 (export "critic_outcome_scratch_bytes" (func $assembly/driver/critic_outcome_scratch_bytes))
 (export "w2_prepare_simd" (func $assembly/kernels/prepare/w2_prepare_simd))
 (export "w3_dequant_f32" (func $assembly/kernels/prepare/w3_dequant_f32))
 (export "encode_text" (func $assembly/encoder/hash_ngram/encode_text))
 (export "encode_texts" (func $assembly/encoder/hash_ngram/encode_texts))
 (export "encoder_work_bytes" (func $assembly/encoder/hash_ngram/encoder_work_bytes))
 (export "is_word_cp" (func $assembly/encoder/tokenize/is_word_cp))
 (export "ascii_lower_widen" (func $assembly/encoder/tokenize/ascii_lower_widen))
 (export "ENC_BYTES" (global $assembly/encoder/hash_ngram/ENC_BYTES))
 (export "critic_score_texts" (func $assembly/score_text/critic_score_texts))
 (export "layer2_check" (func $assembly/selfcheck/layer2_check))
 (export "layer2_check_scratch_bytes" (func $assembly/selfcheck/layer2_check_scratch_bytes))
 (export "memory" (memory $0))
 (func $assembly/driver/partial (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (result i32)
  (local $7 i32)
  (local $8 f32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 f32)
  (local $19 v128)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 f32)
  local.get $1
  local.get $2
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $11
  local.get $1
  local.get $2
  i32.const 11
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $2
  local.get $0
  i32.load offset=4
  local.set $10
  local.get $0
  i32.load offset=8
  local.set $9
  local.get $0
  i32.load offset=12
  local.set $7
  local.get $0
  i32.load
  i32.const 1
  i32.eq
  if
   i32.const 0
   local.set $0
   loop $for-loop|0
    local.get $0
    local.get $7
    i32.const 2
    i32.shl
    i32.lt_u
    if
     local.get $0
     local.get $5
     i32.add
     local.get $0
     local.get $10
     i32.add
     f32.load
     local.get $0
     local.get $2
     i32.add
     f32.load
     f32.mul
     f32.store
     local.get $0
     i32.const 4
     i32.add
     local.set $0
     br $for-loop|0
    end
   end
   local.get $6
   if
    i32.const 0
    local.set $1
    loop $for-loop|00
     local.get $1
     local.get $3
     i32.lt_s
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $12
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $13
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $14
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $15
      local.get $1
      local.get $11
      i32.add
      local.set $6
      i32.const 0
      local.set $0
      loop $for-loop|1
       local.get $0
       local.get $7
       i32.lt_s
       if
        local.get $12
        local.get $5
        local.get $0
        i32.const 2
        i32.shl
        i32.add
        f32.load
        f32x4.splat
        local.tee $16
        local.get $6
        v128.load
        local.tee $17
        i16x8.extend_low_i8x16_s
        local.tee $19
        i32x4.extend_low_i16x8_s
        f32x4.convert_i32x4_s
        f32x4.mul
        f32x4.add
        local.set $12
        local.get $13
        local.get $16
        local.get $19
        i32x4.extend_high_i16x8_s
        f32x4.convert_i32x4_s
        f32x4.mul
        f32x4.add
        local.set $13
        local.get $14
        local.get $16
        local.get $17
        i16x8.extend_high_i8x16_s
        local.tee $17
        i32x4.extend_low_i16x8_s
        f32x4.convert_i32x4_s
        f32x4.mul
        f32x4.add
        local.set $14
        local.get $15
        local.get $16
        local.get $17
        i32x4.extend_high_i16x8_s
        f32x4.convert_i32x4_s
        f32x4.mul
        f32x4.add
        local.set $15
        local.get $3
        local.get $6
        i32.add
        local.set $6
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|1
       end
      end
      local.get $4
      local.get $1
      i32.const 2
      i32.shl
      i32.add
      local.tee $0
      local.get $12
      v128.store
      local.get $0
      local.get $13
      v128.store offset=16
      local.get $0
      local.get $14
      v128.store offset=32
      local.get $0
      local.get $15
      v128.store offset=48
      local.get $1
      i32.const 16
      i32.add
      local.set $1
      br $for-loop|00
     end
    end
   else
    i32.const 0
    local.set $1
    loop $for-loop|01
     local.get $1
     local.get $3
     i32.lt_s
     if
      f32.const 0
      local.set $8
      i32.const 0
      local.set $0
      loop $for-loop|12
       local.get $0
       local.get $7
       i32.lt_s
       if
        local.get $8
        local.get $5
        local.get $0
        i32.const 2
        i32.shl
        i32.add
        f32.load
        local.get $11
        local.get $0
        local.get $3
        i32.mul
        i32.add
        local.get $1
        i32.add
        i32.load8_s
        f32.convert_i32_s
        f32.mul
        f32.add
        local.set $8
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|12
       end
      end
      local.get $4
      local.get $1
      i32.const 2
      i32.shl
      i32.add
      local.get $8
      f32.store
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|01
     end
    end
   end
  else
   local.get $1
   i32.load offset=64
   local.set $0
   local.get $5
   local.get $7
   i32.const 1
   i32.shl
   i32.const 19
   i32.add
   i32.const -16
   i32.and
   i32.add
   local.set $20
   local.get $6
   if (result f32)
    local.get $10
    local.get $9
    local.get $2
    local.get $7
    local.get $0
    local.get $5
    local.get $20
    call $assembly/kernels/feature_values/feature_values_i16_simd
   else
    i32.const 0
    local.set $1
    block $__inlined_func$assembly/kernels/feature_values/feature_values_i16$3 (result f32)
     loop $for-loop|03
      local.get $1
      local.get $7
      i32.lt_s
      if
       f32.const -1
       local.get $1
       i32.const 2
       i32.shl
       local.tee $21
       local.get $10
       i32.add
       i32.load
       local.tee $22
       local.get $0
       i32.ge_u
       br_if $__inlined_func$assembly/kernels/feature_values/feature_values_i16$3
       drop
       f32.const -1
       local.get $9
       local.get $21
       i32.add
       f32.load
       local.get $2
       local.get $22
       i32.const 2
       i32.shl
       i32.add
       f32.load
       f32.mul
       f32.abs
       local.tee $18
       f32.const 3402823466385288598117041e14
       f32.le
       i32.eqz
       br_if $__inlined_func$assembly/kernels/feature_values/feature_values_i16$3
       drop
       local.get $18
       local.get $8
       local.get $8
       local.get $18
       f32.lt
       select
       local.set $8
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|03
      end
     end
     local.get $5
     local.get $7
     i32.const 1
     i32.shl
     i32.add
     i32.const 0
     i32.store16
     local.get $8
     f32.const 0
     f32.gt
     i32.eqz
     if
      i32.const 0
      local.set $0
      loop $for-loop|14
       local.get $0
       local.get $7
       i32.lt_s
       if
        local.get $5
        local.get $0
        i32.const 1
        i32.shl
        i32.add
        i32.const 0
        i32.store16
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|14
       end
      end
      f32.const 0
      br $__inlined_func$assembly/kernels/feature_values/feature_values_i16$3
     end
     f32.const 32767
     local.get $8
     f32.div
     local.set $23
     i32.const 0
     local.set $0
     loop $for-loop|2
      local.get $0
      local.get $7
      i32.lt_s
      if
       local.get $5
       local.get $0
       i32.const 1
       i32.shl
       i32.add
       f32.const 32767
       f32.const -32767
       local.get $0
       i32.const 2
       i32.shl
       local.tee $1
       local.get $9
       i32.add
       f32.load
       local.get $2
       local.get $1
       local.get $10
       i32.add
       i32.load
       i32.const 2
       i32.shl
       i32.add
       f32.load
       f32.mul
       local.get $23
       f32.mul
       f32.nearest
       local.tee $18
       local.get $18
       f32.const -32767
       f32.lt
       select
       local.get $18
       f32.const 32767
       f32.gt
       select
       i32.trunc_sat_f32_s
       i32.store16
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $for-loop|2
      end
     end
     local.get $8
     f32.const 32767
     f32.div
    end
   end
   local.tee $18
   f32.const 0
   f32.lt
   if
    i32.const 0
    return
   end
   local.get $6
   if
    local.get $11
    local.get $3
    local.get $10
    local.get $5
    local.get $7
    local.get $18
    local.get $4
    local.get $20
    call $assembly/kernels/embed_bag_i8_i16_i32/embed_bag_i8_i16_simd
   else
    i32.const 0
    local.set $6
    loop $for-loop|05
     local.get $3
     local.get $6
     i32.gt_s
     if
      f32.const 0
      local.set $8
      i32.const 0
      local.set $0
      loop $do-loop|1
       local.get $0
       i32.const 512
       i32.add
       local.tee $1
       local.get $7
       local.get $1
       local.get $7
       i32.lt_s
       select
       local.set $2
       i32.const 0
       local.set $9
       local.get $0
       local.set $1
       loop $for-loop|26
        local.get $1
        local.get $2
        i32.lt_s
        if
         local.get $9
         local.get $5
         local.get $1
         i32.const 1
         i32.shl
         i32.add
         i32.load16_s
         local.get $11
         local.get $10
         local.get $1
         i32.const 2
         i32.shl
         i32.add
         i32.load
         local.get $3
         i32.mul
         i32.add
         local.get $6
         i32.add
         i32.load8_s
         i32.mul
         i32.add
         local.set $9
         local.get $1
         i32.const 1
         i32.add
         local.set $1
         br $for-loop|26
        end
       end
       local.get $8
       local.get $9
       f32.convert_i32_s
       local.get $18
       f32.mul
       local.tee $8
       f32.add
       local.get $8
       local.get $0
       select
       local.set $8
       local.get $7
       local.get $2
       local.tee $0
       i32.gt_s
       br_if $do-loop|1
      end
      local.get $4
      local.get $6
      i32.const 2
      i32.shl
      i32.add
      local.get $8
      f32.store
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|05
     end
    end
   end
  end
  i32.const 1
 )
 (func $assembly/kernels/outcome_probs_f32/outcome_probs_row_scalar (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 f32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 f32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 f32)
  (local $15 i32)
  (local $16 i32)
  local.get $1
  i32.load offset=4
  local.set $10
  local.get $3
  local.get $1
  i32.load
  local.tee $8
  i32.const 2
  i32.shl
  i32.add
  local.set $7
  loop $for-loop|0
   local.get $6
   local.get $8
   i32.lt_s
   if
    local.get $1
    local.get $6
    i32.const 1
    i32.shl
    local.tee $5
    i32.const 3
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $11
    local.get $0
    local.get $1
    local.get $5
    i32.const 2
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $12
    i32.const 2
    i32.shl
    i32.add
    f32.load
    local.set $4
    i32.const 1
    local.set $5
    loop $for-loop|1
     local.get $5
     local.get $11
     i32.lt_s
     if
      local.get $4
      local.get $0
      local.get $5
      local.get $12
      i32.add
      i32.const 2
      i32.shl
      i32.add
      f32.load
      f32.max
      local.set $4
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|1
     end
    end
    f32.const 0
    local.set $9
    i32.const 0
    local.set $5
    loop $for-loop|2
     local.get $5
     local.get $11
     i32.lt_s
     if
      f32.const -86
      local.get $0
      local.get $5
      local.get $12
      i32.add
      i32.const 2
      i32.shl
      i32.add
      f32.load
      local.get $4
      f32.sub
      local.tee $13
      local.get $13
      f32.const -86
      f32.lt
      select
      local.tee $13
      f32.const 1.4426950216293335
      f32.mul
      f32.nearest
      local.set $14
      local.get $7
      local.get $5
      i32.const 2
      i32.shl
      i32.add
      local.get $13
      local.get $14
      f32.const 0.693359375
      f32.mul
      f32.sub
      local.get $14
      f32.const -2.1219444170128554e-04
      f32.mul
      f32.sub
      local.tee $13
      f32.const 1.9875691214110702e-04
      f32.mul
      f32.const 0.001398199936375022
      f32.add
      local.get $13
      f32.mul
      f32.const 0.008333452045917511
      f32.add
      local.get $13
      f32.mul
      f32.const 0.04166579619050026
      f32.add
      local.get $13
      f32.mul
      f32.const 0.1666666567325592
      f32.add
      local.get $13
      f32.mul
      f32.const 0.5
      f32.add
      local.get $13
      local.get $13
      f32.mul
      f32.mul
      local.get $13
      f32.add
      f32.const 1
      f32.add
      i32.reinterpret_f32
      local.get $14
      i32.trunc_sat_f32_s
      i32.const 23
      i32.shl
      i32.add
      f32.reinterpret_i32
      local.tee $13
      f32.store
      local.get $9
      local.get $13
      f32.add
      local.set $9
      local.get $5
      i32.const 1
      i32.add
      local.set $5
      br $for-loop|2
     end
    end
    local.get $3
    local.get $6
    i32.const 2
    i32.shl
    i32.add
    local.get $9
    f32.store
    local.get $7
    local.get $11
    i32.const 2
    i32.shl
    i32.add
    local.set $7
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $1
  local.get $8
  i32.const 1
  i32.shl
  i32.const 2
  i32.add
  i32.const 2
  i32.shl
  i32.add
  local.set $11
  i32.const 0
  local.set $6
  loop $for-loop|3
   local.get $6
   local.get $10
   i32.lt_s
   if
    local.get $11
    local.get $6
    i32.const 12
    i32.mul
    i32.add
    local.tee $5
    i32.load offset=4
    local.set $12
    block $for-continue|3
     local.get $5
     i32.load
     i32.eqz
     if
      f32.const -86
      f32.const 88
      local.get $0
      local.get $12
      i32.const 2
      i32.shl
      i32.add
      f32.load
      f32.neg
      local.tee $4
      local.get $4
      f32.const 88
      f32.gt
      select
      local.get $4
      f32.const -86
      f32.lt
      select
      local.tee $4
      f32.const 1.4426950216293335
      f32.mul
      f32.nearest
      local.set $9
      local.get $2
      local.get $6
      i32.const 2
      i32.shl
      i32.add
      f32.const 1
      local.get $4
      local.get $9
      f32.const 0.693359375
      f32.mul
      f32.sub
      local.get $9
      f32.const -2.1219444170128554e-04
      f32.mul
      f32.sub
      local.tee $4
      f32.const 1.9875691214110702e-04
      f32.mul
      f32.const 0.001398199936375022
      f32.add
      local.get $4
      f32.mul
      f32.const 0.008333452045917511
      f32.add
      local.get $4
      f32.mul
      f32.const 0.04166579619050026
      f32.add
      local.get $4
      f32.mul
      f32.const 0.1666666567325592
      f32.add
      local.get $4
      f32.mul
      f32.const 0.5
      f32.add
      local.get $4
      local.get $4
      f32.mul
      f32.mul
      local.get $4
      f32.add
      f32.const 1
      f32.add
      i32.reinterpret_f32
      local.get $9
      i32.trunc_sat_f32_s
      i32.const 23
      i32.shl
      i32.add
      f32.reinterpret_i32
      f32.const 1
      f32.add
      f32.div
      f32.store
      br $for-continue|3
     end
     local.get $11
     local.get $6
     i32.const 12
     i32.mul
     i32.add
     i32.load offset=8
     local.set $15
     local.get $3
     local.get $8
     i32.const 2
     i32.shl
     i32.add
     local.set $7
     i32.const 0
     local.set $5
     loop $for-loop|4
      local.get $5
      local.get $12
      i32.lt_s
      if
       local.get $7
       local.get $1
       local.get $5
       i32.const 1
       i32.shl
       i32.const 3
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       i32.const 2
       i32.shl
       i32.add
       local.set $7
       local.get $5
       i32.const 1
       i32.add
       local.set $5
       br $for-loop|4
      end
     end
     local.get $1
     local.get $12
     i32.const 1
     i32.shl
     i32.const 3
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.set $16
     f32.const 0
     local.set $4
     i32.const 0
     local.set $5
     loop $for-loop|5
      local.get $5
      local.get $16
      i32.lt_s
      if
       local.get $15
       local.get $5
       i32.shr_u
       i32.const 1
       i32.and
       if
        local.get $4
        local.get $7
        local.get $5
        i32.const 2
        i32.shl
        i32.add
        f32.load
        f32.add
        local.set $4
       end
       local.get $5
       i32.const 1
       i32.add
       local.set $5
       br $for-loop|5
      end
     end
     local.get $2
     local.get $6
     i32.const 2
     i32.shl
     i32.add
     local.get $4
     local.get $3
     local.get $12
     i32.const 2
     i32.shl
     i32.add
     f32.load
     f32.div
     f32.store
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|3
   end
  end
 )
 (func $assembly/kernels/gemm_i16_w8_i32/gemm_i16_w8_i32_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  local.get $2
  i32.const 1
  i32.shl
  local.set $20
  local.get $2
  i32.const 1
  i32.shr_s
  local.set $18
  local.get $4
  i32.const 2
  i32.shl
  local.set $19
  loop $for-loop|0
   local.get $1
   local.get $29
   i32.gt_s
   if
    local.get $20
    local.get $0
    local.get $20
    local.get $29
    i32.mul
    i32.add
    local.tee $7
    i32.add
    local.get $7
    local.get $29
    i32.const 1
    i32.add
    local.get $1
    i32.lt_s
    local.tee $17
    select
    local.set $6
    local.get $5
    local.get $4
    local.get $29
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.tee $16
    local.get $19
    i32.add
    local.set $15
    i32.const 0
    local.set $28
    loop $for-loop|1
     local.get $4
     local.get $28
     i32.gt_s
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $31
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $27
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $26
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $25
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $24
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $23
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $22
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $21
      local.get $3
      local.get $28
      i32.const 2
      i32.shl
      i32.add
      local.set $30
      local.get $6
      local.set $8
      local.get $7
      local.tee $2
      local.get $18
      i32.const 2
      i32.shl
      i32.add
      local.set $14
      loop $for-loop|2
       local.get $2
       local.get $14
       i32.lt_u
       if
        local.get $31
        local.get $2
        v128.load32_splat
        local.tee $9
        local.get $30
        v128.load
        local.tee $13
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $31
        local.get $27
        local.get $9
        local.get $30
        v128.load offset=16
        local.tee $12
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $27
        local.get $26
        local.get $9
        local.get $30
        v128.load offset=32
        local.tee $11
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $26
        local.get $25
        local.get $9
        local.get $30
        v128.load offset=48
        local.tee $9
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $25
        local.get $24
        local.get $8
        v128.load32_splat
        local.tee $10
        local.get $13
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $24
        local.get $23
        local.get $10
        local.get $12
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $23
        local.get $22
        local.get $10
        local.get $11
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $22
        local.get $21
        local.get $10
        local.get $9
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $21
        local.get $19
        local.get $30
        i32.add
        local.set $30
        local.get $2
        i32.const 4
        i32.add
        local.set $2
        local.get $8
        i32.const 4
        i32.add
        local.set $8
        br $for-loop|2
       end
      end
      local.get $28
      i32.const 2
      i32.shl
      local.tee $8
      local.get $16
      i32.add
      local.tee $2
      local.get $31
      v128.store
      local.get $2
      local.get $27
      v128.store offset=16
      local.get $2
      local.get $26
      v128.store offset=32
      local.get $2
      local.get $25
      v128.store offset=48
      local.get $17
      if
       local.get $8
       local.get $15
       i32.add
       local.tee $2
       local.get $24
       v128.store
       local.get $2
       local.get $23
       v128.store offset=16
       local.get $2
       local.get $22
       v128.store offset=32
       local.get $2
       local.get $21
       v128.store offset=48
      end
      local.get $28
      i32.const 16
      i32.add
      local.set $28
      br $for-loop|1
     end
    end
    local.get $29
    i32.const 2
    i32.add
    local.set $29
    br $for-loop|0
   end
  end
 )
 (func $assembly/encoder/hash_ngram/front (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i64)
  (local $5 i32)
  (local $6 i64)
  (local $7 i32)
  (local $8 i32)
  (local $9 i64)
  (local $10 i64)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i64)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  local.get $0
  i32.load offset=28
  local.set $11
  local.get $0
  i32.load offset=24
  i32.const 1
  i32.sub
  local.set $12
  local.get $3
  local.get $2
  i32.const 0
  local.get $2
  i32.const 0
  i32.gt_s
  select
  local.tee $8
  i32.const 6
  i32.shr_u
  i32.const 2
  i32.add
  local.tee $18
  i32.const 3
  i32.shl
  local.tee $16
  i32.add
  local.tee $13
  local.get $16
  i32.add
  local.tee $16
  local.get $8
  i32.const 2
  i32.shl
  i32.const 31
  i32.add
  i32.const -16
  i32.and
  local.tee $17
  i32.add
  local.tee $19
  local.get $17
  i32.add
  local.tee $20
  local.get $8
  i32.const 16
  i32.add
  i32.const 2
  i32.shl
  local.tee $21
  i32.add
  local.tee $17
  local.get $21
  i32.add
  local.set $21
  local.get $1
  local.get $2
  local.get $3
  local.get $13
  local.get $18
  call $assembly/encoder/tokenize/classify
  local.get $2
  i32.const 6
  i32.shr_u
  i32.const 1
  i32.add
  local.set $18
  loop $for-loop|0
   local.get $5
   local.get $18
   i32.lt_u
   if
    local.get $5
    i32.const 3
    i32.shl
    local.tee $22
    local.get $13
    i32.add
    i64.load
    local.tee $9
    local.get $10
    local.get $3
    local.get $22
    i32.add
    i64.load
    local.tee $10
    i64.const 1
    i64.shl
    i64.or
    local.tee $4
    i64.const -1
    i64.xor
    local.get $10
    i64.and
    i64.or
    local.set $6
    local.get $10
    i64.const -1
    i64.xor
    local.get $4
    i64.and
    local.get $9
    i64.const 1
    i64.shl
    i64.or
    local.get $15
    i64.or
    local.set $4
    local.get $10
    i64.const 63
    i64.shr_u
    local.set $10
    local.get $9
    i64.const 63
    i64.shr_u
    local.set $15
    local.get $5
    i32.const 6
    i32.shl
    local.set $22
    loop $while-continue|1
     local.get $6
     i64.const 0
     i64.ne
     if
      local.get $16
      local.get $7
      i32.const 2
      i32.shl
      i32.add
      local.get $22
      local.get $6
      i64.ctz
      i32.wrap_i64
      i32.add
      i32.store
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      local.get $6
      local.get $6
      i64.const 1
      i64.sub
      i64.and
      local.set $6
      br $while-continue|1
     end
    end
    loop $while-continue|2
     local.get $4
     i64.const 0
     i64.ne
     if
      local.get $19
      local.get $14
      i32.const 2
      i32.shl
      i32.add
      local.get $22
      local.get $4
      i64.ctz
      i32.wrap_i64
      i32.add
      i32.store
      local.get $14
      i32.const 1
      i32.add
      local.set $14
      local.get $4
      local.get $4
      i64.const 1
      i64.sub
      i64.and
      local.set $4
      br $while-continue|2
     end
    end
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
  local.get $11
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $0
   f64.load offset=16
   f64.const 0
   f64.ne
  else
   i32.const 0
  end
  if
   local.get $1
   local.get $2
   local.get $11
   local.get $0
   i32.load offset=32
   i32.const -2128831066
   i32.xor
   i32.const 16777619
   i32.mul
   i32.const 32
   i32.xor
   i32.const 16777619
   i32.mul
   local.get $12
   local.get $20
   local.get $17
   call $assembly/encoder/token_hashes/gramHashes
  end
  local.get $1
  local.get $2
  local.get $7
  local.get $16
  local.get $19
  local.get $21
  local.get $8
  i32.const 5
  i32.mul
  i32.const 32
  i32.add
  i32.const 2
  i32.shl
  i32.add
  local.tee $1
  local.get $0
  local.get $12
  local.get $17
  call $assembly/encoder/token_hashes/tokenHashes
  global.set $assembly/encoder/hash_ngram/fG
  local.get $7
  global.set $assembly/encoder/hash_ngram/fTok
  local.get $16
  global.set $assembly/encoder/hash_ngram/wStarts
  local.get $19
  global.set $assembly/encoder/hash_ngram/wEnds
  local.get $20
  global.set $assembly/encoder/hash_ngram/wGrams
  local.get $17
  global.set $assembly/encoder/hash_ngram/wStates
  local.get $21
  global.set $assembly/encoder/hash_ngram/wList
  local.get $1
  global.set $assembly/encoder/hash_ngram/wHashes
 )
 (func $assembly/encoder/hash_ngram/encode_texts (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (result i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i64)
  (local $11 i32)
  (local $12 i32)
  local.get $0
  i32.load offset=28
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $0
   f64.load
   f64.const 0
   f64.ne
  else
   i32.const 0
  end
  if (result i32)
   local.get $0
   f64.load offset=8
   f64.const 0
   f64.ne
  else
   i32.const 0
  end
  if (result i32)
   local.get $0
   f64.load offset=16
   f64.const 0
   f64.ne
  else
   i32.const 0
  end
  global.set $assembly/encoder/hash_ngram/allKinds
  loop $for-loop|0
   local.get $6
   i32.const 3
   i32.lt_u
   if
    local.get $6
    i32.const 3
    i32.shl
    local.tee $8
    local.get $0
    i32.add
    i64.load
    local.set $10
    local.get $8
    i32.const 7264
    i32.add
    local.get $10
    i64.store
    local.get $8
    i32.const 7296
    i32.add
    local.get $10
    i64.const -9223372036854775808
    i64.xor
    i64.store
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  i32.const 7288
  i64.const 0
  i64.store
  i32.const 7320
  i64.const -9223372036854775808
  i64.store
  loop $while-continue|0
   local.get $2
   local.get $7
   i32.gt_s
   if
    local.get $1
    local.get $7
    i32.const 3
    i32.shl
    i32.add
    i32.load offset=4
    local.tee $6
    i32.const 0
    i32.lt_s
    if
     local.get $7
     i32.const 1
     i32.add
     local.set $7
     br $while-continue|0
    end
    local.get $1
    local.get $7
    i32.const 3
    i32.shl
    i32.add
    i32.load
    local.tee $9
    local.get $6
    i32.const 1
    i32.shl
    i32.add
    local.set $6
    local.get $7
    i32.const 1
    i32.add
    local.set $8
    loop $while-continue|1
     local.get $2
     local.get $8
     i32.gt_s
     if
      block $while-break|1
       local.get $1
       local.get $8
       i32.const 3
       i32.shl
       i32.add
       i32.load offset=4
       local.tee $11
       i32.const 0
       i32.lt_s
       if (result i32)
        i32.const 1
       else
        local.get $1
        local.get $8
        i32.const 3
        i32.shl
        i32.add
        i32.load
        local.get $6
        i32.const 2
        i32.add
        i32.ne
       end
       if (result i32)
        i32.const 1
       else
        local.get $6
        i32.load16_u
        i32.const 32
        i32.ne
       end
       br_if $while-break|1
       local.get $6
       local.get $9
       i32.sub
       i32.const 1
       i32.shr_u
       i32.const 1
       i32.add
       local.get $11
       i32.add
       i32.const 4096
       i32.gt_s
       br_if $while-break|1
       local.get $6
       local.get $11
       i32.const 1
       i32.shl
       i32.const 2
       i32.add
       i32.add
       local.set $6
       local.get $8
       i32.const 1
       i32.add
       local.set $8
       br $while-continue|1
      end
     end
    end
    local.get $0
    local.get $9
    local.get $6
    local.get $9
    i32.sub
    i32.const 1
    i32.shr_u
    local.get $5
    call $assembly/encoder/hash_ngram/front
    i32.const 0
    local.set $6
    loop $for-loop|2
     local.get $7
     local.get $8
     i32.lt_s
     if
      local.get $0
      local.get $6
      local.get $1
      local.get $7
      i32.const 3
      i32.shl
      i32.add
      local.tee $6
      i32.load offset=4
      local.get $6
      i32.load
      local.get $9
      i32.sub
      i32.const 1
      i32.shr_u
      i32.add
      local.get $4
      i32.const 0
      call $assembly/encoder/hash_ngram/back
      local.set $12
      global.get $assembly/encoder/hash_ngram/backTok
      local.set $6
      local.get $3
      local.get $7
      i32.const 4
      i32.shl
      i32.add
      local.tee $11
      i32.const 0
      i32.store
      local.get $11
      local.get $4
      i32.store offset=4
      local.get $11
      global.get $assembly/encoder/hash_ngram/lastValues
      local.tee $4
      i32.store offset=8
      local.get $11
      local.get $12
      i32.store offset=12
      local.get $4
      local.get $12
      i32.const 2
      i32.shl
      i32.const 15
      i32.add
      i32.const -16
      i32.and
      i32.add
      local.set $4
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|2
     end
    end
    br $while-continue|0
   end
  end
  local.get $4
 )
 (func $assembly/encoder/hash_ngram/back (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i64)
  (local $10 f64)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 f64)
  (local $29 i64)
  local.get $0
  i32.load offset=36
  local.set $12
  local.get $0
  i32.load offset=40
  local.set $11
  local.get $0
  i32.load offset=44
  local.set $7
  local.get $0
  i32.load offset=24
  local.tee $13
  i32.const 1
  i32.sub
  local.set $20
  global.get $assembly/encoder/hash_ngram/wList
  local.set $5
  global.get $assembly/encoder/hash_ngram/allKinds
  if
   global.get $assembly/encoder/hash_ngram/wStarts
   local.set $24
   global.get $assembly/encoder/hash_ngram/wEnds
   local.set $25
   global.get $assembly/encoder/hash_ngram/wGrams
   local.set $16
   local.get $0
   i32.load offset=28
   i32.const 1
   i32.sub
   local.set $17
   global.get $assembly/encoder/hash_ngram/wHashes
   local.set $0
   global.get $assembly/encoder/hash_ngram/fG
   local.set $21
   local.get $1
   global.set $assembly/encoder/token_hashes/listEndTok
   global.get $assembly/encoder/hash_ngram/fTok
   local.tee $18
   local.get $1
   i32.le_s
   if (result i32)
    i32.const 0
   else
    local.get $1
    local.get $21
    i32.div_s
    local.tee $6
    i32.const 2
    i32.shl
    local.tee $8
    local.get $0
    local.get $1
    local.get $6
    local.get $21
    i32.mul
    i32.sub
    i32.const 80
    i32.mul
    i32.add
    i32.add
    local.set $6
    local.get $0
    local.get $21
    i32.const 80
    i32.mul
    i32.add
    local.get $8
    i32.add
    local.set $8
    local.get $5
    local.set $0
    loop $for-loop|0
     local.get $1
     local.get $18
     i32.lt_s
     if
      local.get $24
      local.get $1
      i32.const 2
      i32.shl
      local.tee $22
      i32.add
      i32.load
      local.tee $26
      local.get $2
      i32.lt_s
      if
       local.get $22
       local.get $25
       i32.add
       i32.load
       local.get $26
       i32.sub
       local.get $17
       i32.sub
       local.set $22
       local.get $0
       local.get $6
       i32.load
       i32.store
       local.get $0
       i32.const 4
       i32.add
       local.tee $0
       local.get $6
       i32.load offset=16
       i32.store
       local.get $0
       local.get $19
       i32.add
       local.set $23
       i32.const 4
       local.set $19
       local.get $23
       local.get $6
       i32.load offset=32
       i32.store
       local.get $23
       local.get $16
       local.get $26
       i32.const 2
       i32.shl
       i32.add
       local.tee $26
       v128.load
       v128.store offset=4
       local.get $23
       local.get $26
       v128.load offset=16
       v128.store offset=20
       i32.const 8
       local.set $0
       loop $for-loop|1
        local.get $0
        local.get $22
        i32.lt_s
        if
         local.get $0
         i32.const 2
         i32.shl
         local.tee $27
         local.get $23
         i32.add
         local.get $26
         local.get $27
         i32.add
         v128.load
         v128.store offset=4
         local.get $0
         i32.const 4
         i32.add
         local.set $0
         br $for-loop|1
        end
       end
       local.get $23
       local.get $22
       i32.const 0
       local.get $22
       i32.const 0
       i32.gt_s
       select
       i32.const 2
       i32.shl
       i32.add
       local.get $6
       i32.load offset=64
       i32.store offset=4
       local.get $23
       local.get $22
       i32.const 2
       i32.add
       i32.const 2
       i32.shl
       i32.const 0
       local.get $22
       i32.const 0
       i32.ge_s
       select
       i32.add
       local.set $0
       local.get $8
       local.get $6
       i32.const 80
       i32.add
       local.tee $6
       i32.eq
       if
        local.get $8
        i32.const 4
        i32.add
        local.set $8
        local.get $6
        local.get $21
        i32.const 80
        i32.mul
        i32.const 4
        i32.sub
        i32.sub
        local.set $6
       end
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|0
      end
     end
    end
    local.get $1
    global.set $assembly/encoder/token_hashes/listEndTok
    local.get $0
    local.get $5
    i32.sub
    i32.const 2
    i32.shr_u
   end
   local.set $8
   global.get $assembly/encoder/token_hashes/listEndTok
   global.set $assembly/encoder/hash_ngram/backTok
  else
   local.get $1
   local.set $6
   loop $while-continue|0
    local.get $6
    global.get $assembly/encoder/hash_ngram/fTok
    i32.lt_s
    if (result i32)
     global.get $assembly/encoder/hash_ngram/wStarts
     local.get $6
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.get $2
     i32.lt_s
    else
     i32.const 0
    end
    if
     local.get $6
     i32.const 1
     i32.add
     local.set $6
     br $while-continue|0
    end
   end
   local.get $1
   local.get $6
   global.get $assembly/encoder/hash_ngram/wStarts
   global.get $assembly/encoder/hash_ngram/wEnds
   global.get $assembly/encoder/hash_ngram/wGrams
   global.get $assembly/encoder/hash_ngram/wStates
   local.get $5
   local.get $0
   local.get $20
   global.get $assembly/encoder/hash_ngram/wHashes
   global.get $assembly/encoder/hash_ngram/fG
   call $assembly/encoder/token_hashes/featureList
   local.set $8
   local.get $6
   global.set $assembly/encoder/hash_ngram/backTok
  end
  i32.const 0
  local.set $0
  local.get $13
  local.get $8
  i32.const 6
  i32.shl
  i32.le_s
  local.tee $6
  if
   local.get $5
   local.get $8
   i32.const 2
   i32.shl
   i32.add
   local.set $2
   loop $for-loop|10
    local.get $5
    i32.const 8
    i32.add
    local.tee $1
    local.get $2
    i32.le_u
    if
     local.get $12
     local.get $5
     i32.load
     local.tee $16
     local.get $20
     i32.and
     local.tee $17
     i32.const 3
     i32.shl
     i32.add
     local.tee $18
     local.get $18
     f64.load
     local.get $16
     i32.const 29
     i32.shr_u
     i32.const 3
     i32.shl
     i32.const 7264
     i32.add
     f64.load
     f64.add
     f64.store
     local.get $11
     local.get $17
     i32.const 6
     i32.shr_u
     i32.const 3
     i32.shl
     i32.add
     local.tee $16
     local.get $16
     i64.load
     i64.const 1
     local.get $17
     i32.const 63
     i32.and
     i64.extend_i32_u
     i64.shl
     i64.or
     i64.store
     local.get $12
     local.get $5
     i32.load offset=4
     local.tee $5
     local.get $20
     i32.and
     local.tee $16
     i32.const 3
     i32.shl
     i32.add
     local.tee $17
     local.get $17
     f64.load
     local.get $5
     i32.const 29
     i32.shr_u
     i32.const 3
     i32.shl
     i32.const 7264
     i32.add
     f64.load
     f64.add
     f64.store
     local.get $11
     local.get $16
     i32.const 6
     i32.shr_u
     i32.const 3
     i32.shl
     i32.add
     local.tee $5
     local.get $5
     i64.load
     i64.const 1
     local.get $16
     i32.const 63
     i32.and
     i64.extend_i32_u
     i64.shl
     i64.or
     i64.store
     local.get $1
     local.set $5
     br $for-loop|10
    end
   end
   local.get $2
   local.get $5
   i32.gt_u
   if
    local.get $12
    local.get $5
    i32.load
    local.tee $1
    local.get $20
    i32.and
    local.tee $2
    i32.const 3
    i32.shl
    i32.add
    local.tee $5
    local.get $5
    f64.load
    local.get $1
    i32.const 29
    i32.shr_u
    i32.const 3
    i32.shl
    i32.const 7264
    i32.add
    f64.load
    f64.add
    f64.store
    local.get $11
    local.get $2
    i32.const 6
    i32.shr_u
    i32.const 3
    i32.shl
    i32.add
    local.tee $1
    local.get $1
    i64.load
    i64.const 1
    local.get $2
    i32.const 63
    i32.and
    i64.extend_i32_u
    i64.shl
    i64.or
    i64.store
   end
  else
   i32.const 0
   local.set $1
   loop $for-loop|2
    local.get $1
    local.get $8
    i32.lt_s
    if
     local.get $5
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.tee $2
     local.get $20
     i32.and
     local.set $16
     local.get $2
     i32.const 29
     i32.shr_u
     i32.const 3
     i32.shl
     i32.const 7264
     i32.add
     f64.load
     local.set $28
     local.get $11
     local.get $16
     i32.const 6
     i32.shr_u
     i32.const 3
     i32.shl
     i32.add
     local.tee $2
     i64.load
     local.tee $9
     i64.const 1
     local.get $16
     i32.const 63
     i32.and
     i64.extend_i32_u
     i64.shl
     local.tee $29
     i64.and
     i64.eqz
     if
      local.get $2
      local.get $9
      local.get $29
      i64.or
      i64.store
      local.get $7
      local.get $0
      i32.const 2
      i32.shl
      i32.add
      local.get $16
      i32.store
      local.get $0
      i32.const 1
      i32.add
      local.set $0
     end
     local.get $12
     local.get $16
     i32.const 3
     i32.shl
     i32.add
     local.tee $2
     local.get $2
     f64.load
     local.get $28
     f64.add
     f64.store
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|2
    end
   end
   block $__inlined_func$assembly/encoder/hash_ngram/sortTouched$18
    local.get $13
    local.get $0
    i32.const 7
    i32.shl
    i32.le_s
    if
     i32.const 0
     local.set $5
     local.get $13
     i32.const 63
     i32.add
     i32.const 6
     i32.shr_u
     local.set $1
     i32.const 0
     local.set $2
     loop $for-loop|01
      local.get $1
      local.get $2
      i32.gt_u
      if
       local.get $11
       local.get $2
       i32.const 3
       i32.shl
       i32.add
       local.tee $16
       i64.load
       local.tee $9
       i64.const 0
       i64.ne
       if
        local.get $16
        i64.const 0
        i64.store
        local.get $2
        i32.const 6
        i32.shl
        local.set $16
        loop $while-continue|1
         local.get $9
         i64.const 0
         i64.ne
         if
          local.get $7
          local.get $5
          i32.const 2
          i32.shl
          i32.add
          local.get $16
          local.get $9
          i64.ctz
          i32.wrap_i64
          i32.add
          i32.store
          local.get $5
          i32.const 1
          i32.add
          local.set $5
          local.get $9
          local.get $9
          i64.const 1
          i64.sub
          i64.and
          local.set $9
          br $while-continue|1
         end
        end
       end
       local.get $2
       i32.const 1
       i32.add
       local.set $2
       br $for-loop|01
      end
     end
     br $__inlined_func$assembly/encoder/hash_ngram/sortTouched$18
    end
    i32.const 0
    local.set $2
    loop $for-loop|22
     local.get $0
     local.get $2
     i32.gt_s
     if
      local.get $11
      local.get $7
      local.get $2
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.const 6
      i32.shr_u
      i32.const 3
      i32.shl
      i32.add
      i64.const 0
      i64.store
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|22
     end
    end
    local.get $0
    i32.const 1
    i32.shr_s
    i32.const 1
    i32.sub
    local.set $5
    loop $for-loop|3
     local.get $5
     i32.const 0
     i32.ge_s
     if
      local.get $7
      local.get $5
      local.tee $1
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $16
      loop $while-continue|00
       block $while-break|0
        local.get $1
        i32.const 1
        i32.shl
        i32.const 1
        i32.add
        local.tee $2
        local.get $0
        i32.ge_s
        br_if $while-break|0
        local.get $7
        local.get $2
        i32.const 1
        i32.add
        local.tee $17
        local.get $2
        local.get $0
        local.get $17
        i32.gt_s
        if (result i32)
         local.get $7
         local.get $17
         i32.const 2
         i32.shl
         i32.add
         i32.load
         local.get $7
         local.get $2
         i32.const 2
         i32.shl
         i32.add
         i32.load
         i32.gt_s
        else
         i32.const 0
        end
        select
        local.tee $2
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.tee $17
        local.get $16
        i32.le_s
        br_if $while-break|0
        local.get $7
        local.get $1
        i32.const 2
        i32.shl
        i32.add
        local.get $17
        i32.store
        local.get $2
        local.set $1
        br $while-continue|00
       end
      end
      local.get $7
      local.get $1
      i32.const 2
      i32.shl
      i32.add
      local.get $16
      i32.store
      local.get $5
      i32.const 1
      i32.sub
      local.set $5
      br $for-loop|3
     end
    end
    local.get $0
    i32.const 1
    i32.sub
    local.set $2
    loop $for-loop|4
     local.get $2
     i32.const 0
     i32.gt_s
     if
      local.get $7
      i32.load
      local.set $1
      local.get $7
      local.get $7
      local.get $2
      i32.const 2
      i32.shl
      i32.add
      local.tee $5
      i32.load
      i32.store
      local.get $5
      local.get $1
      i32.store
      i32.const 0
      local.set $1
      local.get $7
      i32.load
      local.set $16
      loop $while-continue|01
       block $while-break|02
        local.get $1
        i32.const 1
        i32.shl
        i32.const 1
        i32.add
        local.tee $5
        local.get $2
        i32.ge_s
        br_if $while-break|02
        local.get $7
        local.get $5
        i32.const 1
        i32.add
        local.tee $17
        local.get $5
        local.get $2
        local.get $17
        i32.gt_s
        if (result i32)
         local.get $7
         local.get $17
         i32.const 2
         i32.shl
         i32.add
         i32.load
         local.get $7
         local.get $5
         i32.const 2
         i32.shl
         i32.add
         i32.load
         i32.gt_s
        else
         i32.const 0
        end
        select
        local.tee $5
        i32.const 2
        i32.shl
        i32.add
        i32.load
        local.tee $17
        local.get $16
        i32.le_s
        br_if $while-break|02
        local.get $7
        local.get $1
        i32.const 2
        i32.shl
        i32.add
        local.get $17
        i32.store
        local.get $5
        local.set $1
        br $while-continue|01
       end
      end
      local.get $7
      local.get $1
      i32.const 2
      i32.shl
      i32.add
      local.get $16
      i32.store
      local.get $2
      i32.const 1
      i32.sub
      local.set $2
      br $for-loop|4
     end
    end
   end
  end
  local.get $8
  local.get $13
  local.get $8
  local.get $13
  i32.lt_s
  select
  local.get $0
  local.get $6
  select
  local.set $0
  local.get $4
  i32.eqz
  if
   local.get $3
   local.get $0
   i32.const 2
   i32.shl
   i32.const 15
   i32.add
   i32.const -16
   i32.and
   i32.add
   local.set $4
  end
  local.get $4
  global.set $assembly/encoder/hash_ngram/lastValues
  i32.const 0
  local.set $1
  local.get $6
  if
   local.get $13
   i32.const 63
   i32.add
   i32.const 6
   i32.shr_u
   local.set $2
   i32.const 0
   local.set $0
   loop $for-loop|33
    local.get $0
    local.get $2
    i32.lt_u
    if
     local.get $11
     local.get $0
     i32.const 3
     i32.shl
     i32.add
     local.tee $5
     i64.load
     local.tee $9
     i64.const 0
     i64.ne
     if
      local.get $5
      i64.const 0
      i64.store
      local.get $0
      i32.const 6
      i32.shl
      local.set $5
      loop $do-loop|4
       local.get $5
       local.get $9
       i64.ctz
       i32.wrap_i64
       i32.add
       local.set $6
       local.get $9
       local.get $9
       i64.const 1
       i64.sub
       i64.and
       local.set $9
       local.get $12
       local.get $6
       i32.const 3
       i32.shl
       i32.add
       local.tee $7
       f64.load
       local.set $28
       local.get $7
       f64.const 0
       f64.store
       local.get $28
       f64.const 0
       f64.ne
       if
        local.get $1
        i32.const 2
        i32.shl
        local.tee $7
        local.get $3
        i32.add
        local.get $6
        i32.store
        local.get $4
        local.get $7
        i32.add
        local.get $28
        f32.demote_f64
        f32.store
        local.get $10
        local.get $28
        local.get $28
        f64.mul
        f64.add
        local.set $10
        local.get $1
        i32.const 1
        i32.add
        local.set $1
       end
       local.get $9
       i64.const 0
       i64.ne
       br_if $do-loop|4
      end
     end
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|33
    end
   end
  else
   i32.const 0
   local.set $2
   loop $for-loop|5
    local.get $0
    local.get $2
    i32.gt_s
    if
     local.get $12
     local.get $7
     local.get $2
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.tee $5
     i32.const 3
     i32.shl
     i32.add
     local.tee $6
     f64.load
     local.set $28
     local.get $6
     f64.const 0
     f64.store
     local.get $28
     f64.const 0
     f64.ne
     if
      local.get $1
      i32.const 2
      i32.shl
      local.tee $6
      local.get $3
      i32.add
      local.get $5
      i32.store
      local.get $4
      local.get $6
      i32.add
      local.get $28
      f32.demote_f64
      f32.store
      local.get $10
      local.get $28
      local.get $28
      f64.mul
      f64.add
      local.set $10
      local.get $1
      i32.const 1
      i32.add
      local.set $1
     end
     local.get $2
     i32.const 1
     i32.add
     local.set $2
     br $for-loop|5
    end
   end
  end
  local.get $10
  f64.const 0
  f64.gt
  if
   f64.const 1
   local.get $10
   f64.sqrt
   f64.div
   local.tee $10
   f64x2.splat
   local.set $15
   i32.const 0
   local.set $0
   loop $for-loop|6
    local.get $0
    i32.const 4
    i32.add
    local.tee $2
    local.get $1
    i32.le_s
    if
     local.get $4
     local.get $0
     i32.const 2
     i32.shl
     i32.add
     local.tee $0
     v128.load
     local.set $14
     local.get $0
     local.get $14
     f64x2.promote_low_f32x4
     local.get $15
     f64x2.mul
     f32x4.demote_f64x2_zero
     local.get $14
     local.get $14
     i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
     f64x2.promote_low_f32x4
     local.get $15
     f64x2.mul
     f32x4.demote_f64x2_zero
     i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
     v128.store
     local.get $2
     local.set $0
     br $for-loop|6
    end
   end
   loop $for-loop|7
    local.get $0
    local.get $1
    i32.lt_s
    if
     local.get $4
     local.get $0
     i32.const 2
     i32.shl
     i32.add
     local.tee $2
     local.get $2
     f32.load
     f64.promote_f32
     local.get $10
     f64.mul
     f32.demote_f64
     f32.store
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|7
    end
   end
  end
  local.get $1
 )
 (func $assembly/driver/critic_score (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (result i32)
  (local $12 i32)
  (local $13 f32)
  (local $14 i32)
  (local $15 i32)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 f32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 f32)
  (local $31 f32)
  local.get $0
  i32.load offset=4
  local.set $18
  local.get $0
  i32.load
  local.tee $14
  i32.const 2
  i32.shl
  local.tee $17
  local.get $9
  i32.add
  local.tee $23
  local.get $17
  i32.add
  local.tee $20
  local.get $3
  local.get $17
  i32.mul
  i32.add
  local.tee $12
  local.set $19
  local.get $6
  if
   local.get $6
   local.set $12
  else
   local.get $12
   local.get $5
   local.get $17
   i32.mul
   i32.add
   local.set $19
   local.get $0
   local.get $4
   local.get $5
   local.get $12
   local.get $8
   local.get $23
   local.get $10
   call $assembly/driver/critic_goal_terms
   local.tee $4
   if
    local.get $4
    return
   end
  end
  local.get $19
  local.get $14
  i32.const 6
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  i32.add
  local.tee $4
  i32.const 128
  i32.add
  local.set $24
  local.get $1
  local.get $0
  i32.const 2
  local.get $14
  local.get $9
  local.get $8
  local.get $10
  call $assembly/driver/partial
  i32.eqz
  if
   local.get $1
   return
  end
  local.get $23
  i32.const 0
  local.get $17
  memory.fill
  i32.const 0
  local.set $6
  loop $for-loop|0
   local.get $3
   local.get $6
   i32.gt_s
   if
    local.get $2
    local.get $6
    i32.const 4
    i32.shl
    i32.add
    local.set $1
    local.get $2
    if (result i32)
     local.get $1
     local.get $0
     i32.const 3
     local.get $14
     local.get $23
     local.get $8
     local.get $10
     call $assembly/driver/partial
    else
     i32.const 1
    end
    i32.eqz
    if
     local.get $1
     return
    end
    local.get $10
    if
     local.get $0
     i32.load offset=20
     local.set $25
     local.get $0
     i32.load offset=24
     local.set $26
     local.get $20
     local.get $6
     local.get $17
     i32.mul
     i32.add
     local.set $27
     i32.const 0
     local.set $1
     loop $for-loop|00
      local.get $1
      local.get $14
      i32.const 2
      i32.shl
      i32.lt_u
      if
       local.get $1
       local.get $27
       i32.add
       local.get $1
       local.get $25
       i32.add
       v128.load
       local.get $1
       local.get $9
       i32.add
       v128.load
       local.get $1
       local.get $23
       i32.add
       v128.load
       f32x4.add
       f32x4.mul
       local.get $1
       local.get $26
       i32.add
       v128.load
       f32x4.add
       v128.store
       local.get $1
       i32.const 16
       i32.add
       local.set $1
       br $for-loop|00
      end
     end
    else
     local.get $0
     i32.load offset=20
     local.set $25
     local.get $0
     i32.load offset=24
     local.set $26
     local.get $20
     local.get $6
     local.get $17
     i32.mul
     i32.add
     local.set $27
     i32.const 0
     local.set $1
     loop $for-loop|01
      local.get $1
      local.get $14
      i32.const 2
      i32.shl
      i32.lt_u
      if
       local.get $1
       local.get $27
       i32.add
       local.get $1
       local.get $25
       i32.add
       f32.load
       local.get $1
       local.get $9
       i32.add
       f32.load
       local.get $1
       local.get $23
       i32.add
       f32.load
       f32.add
       f32.mul
       local.get $1
       local.get $26
       i32.add
       f32.load
       f32.add
       f32.store
       local.get $1
       i32.const 4
       i32.add
       local.set $1
       br $for-loop|01
      end
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
  local.get $3
  local.get $5
  i32.mul
  local.set $23
  local.get $0
  i32.load offset=48
  f32.load
  local.set $22
  i32.const 0
  local.set $6
  i32.const 0
  local.set $8
  loop $for-loop|1
   local.get $8
   local.get $23
   i32.lt_s
   if
    i32.const 32
    local.get $23
    local.get $8
    i32.sub
    local.tee $1
    local.get $1
    i32.const 32
    i32.gt_s
    select
    local.set $25
    i32.const 0
    local.set $9
    loop $for-loop|2
     local.get $9
     local.get $25
     i32.lt_s
     if
      local.get $19
      local.get $9
      local.get $14
      i32.mul
      i32.const 1
      i32.shl
      i32.add
      local.set $1
      local.get $10
      if
       local.get $20
       local.get $15
       local.get $17
       i32.mul
       i32.add
       local.set $26
       local.get $12
       local.get $6
       local.get $17
       i32.mul
       i32.add
       local.set $27
       local.get $1
       local.set $3
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $16
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $21
       local.get $14
       i32.const 2
       i32.shl
       local.set $28
       i32.const 0
       local.set $1
       loop $for-loop|02
        local.get $1
        i32.const 32
        i32.add
        local.tee $2
        local.get $28
        i32.le_u
        if
         local.get $16
         local.get $1
         local.get $26
         i32.add
         local.tee $29
         v128.load
         local.get $1
         local.get $27
         i32.add
         local.tee $1
         v128.load
         f32x4.add
         f32x4.pmax
         local.set $16
         local.get $21
         local.get $29
         v128.load offset=16
         local.get $1
         v128.load offset=16
         f32x4.add
         f32x4.pmax
         local.set $21
         local.get $2
         local.set $1
         br $for-loop|02
        end
       end
       local.get $1
       local.get $28
       i32.lt_u
       if (result v128)
        local.get $16
        local.get $1
        local.get $26
        i32.add
        v128.load
        local.get $1
        local.get $27
        i32.add
        v128.load
        f32x4.add
        f32x4.pmax
       else
        local.get $16
       end
       local.get $21
       f32x4.pmax
       local.tee $16
       f32x4.extract_lane 0
       local.set $13
       f32.const 127
       local.get $16
       f32x4.extract_lane 3
       local.tee $30
       local.get $16
       f32x4.extract_lane 2
       local.tee $31
       local.get $30
       local.get $31
       f32.gt
       select
       local.tee $30
       local.get $16
       f32x4.extract_lane 1
       local.tee $31
       local.get $13
       local.get $13
       local.get $31
       f32.lt
       select
       local.tee $13
       local.get $13
       local.get $30
       f32.lt
       select
       local.tee $13
       f32.div
       f32.const 0
       local.get $13
       f32.const 0
       f32.gt
       select
       f32x4.splat
       local.set $16
       i32.const 0
       local.set $1
       loop $for-loop|13
        local.get $1
        local.get $28
        i32.lt_u
        if
         local.get $3
         local.get $1
         i32.const 1
         i32.shr_u
         i32.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $1
         local.get $26
         i32.add
         local.tee $2
         v128.load
         local.get $1
         local.get $27
         i32.add
         local.tee $29
         v128.load
         f32x4.add
         f32x4.pmax
         local.get $16
         f32x4.mul
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         f32x4.add
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         i32x4.sub
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $2
         v128.load offset=16
         local.get $29
         v128.load offset=16
         f32x4.add
         f32x4.pmax
         local.get $16
         f32x4.mul
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         f32x4.add
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         i32x4.sub
         i16x8.narrow_i32x4_s
         v128.store
         local.get $1
         i32.const 32
         i32.add
         local.set $1
         br $for-loop|13
        end
       end
      else
       local.get $20
       local.get $15
       local.get $17
       i32.mul
       i32.add
       local.set $2
       local.get $12
       local.get $6
       local.get $17
       i32.mul
       i32.add
       local.set $26
       f32.const 0
       local.set $13
       i32.const 0
       local.set $3
       loop $for-loop|024
        local.get $3
        local.get $14
        i32.const 2
        i32.shl
        i32.lt_u
        if
         local.get $2
         local.get $3
         i32.add
         f32.load
         local.get $3
         local.get $26
         i32.add
         f32.load
         f32.add
         local.tee $30
         local.get $13
         local.get $13
         local.get $30
         f32.lt
         select
         local.set $13
         local.get $3
         i32.const 4
         i32.add
         local.set $3
         br $for-loop|024
        end
       end
       f32.const 127
       local.get $13
       f32.div
       f32.const 0
       local.get $13
       f32.const 0
       f32.gt
       select
       local.set $30
       i32.const 0
       local.set $3
       loop $for-loop|135
        local.get $3
        local.get $14
        i32.const 2
        i32.shl
        i32.lt_u
        if
         local.get $1
         local.get $3
         i32.const 1
         i32.shr_u
         i32.add
         local.get $2
         local.get $3
         i32.add
         f32.load
         local.get $3
         local.get $26
         i32.add
         f32.load
         f32.add
         local.tee $31
         f32.const 0
         local.get $31
         f32.const 0
         f32.gt
         select
         local.get $30
         f32.mul
         f32.nearest
         f32.const 127
         f32.min
         i32.trunc_sat_f32_s
         i32.store16
         local.get $3
         i32.const 4
         i32.add
         local.set $3
         br $for-loop|135
        end
       end
      end
      local.get $4
      local.get $9
      i32.const 2
      i32.shl
      i32.add
      local.get $13
      f32.const 127
      f32.div
      f32.const 0
      local.get $13
      f32.const 0
      f32.gt
      select
      f32.store
      local.get $6
      i32.const 1
      i32.add
      local.tee $6
      local.get $5
      i32.eq
      if
       local.get $15
       i32.const 1
       i32.add
       local.set $15
       i32.const 0
       local.set $6
      end
      local.get $9
      i32.const 1
      i32.add
      local.set $9
      br $for-loop|2
     end
    end
    local.get $7
    local.get $8
    i32.const 2
    i32.shl
    i32.add
    local.set $26
    local.get $10
    if
     local.get $19
     local.get $25
     local.get $14
     local.get $0
     i32.load offset=32
     local.get $18
     local.get $24
     call $assembly/kernels/gemm_i16_w8_i32/gemm_i16_w8_i32_simd
     local.get $24
     local.get $25
     local.get $4
     local.get $0
     i32.load offset=36
     local.get $0
     i32.load offset=40
     local.get $0
     i32.load offset=44
     local.get $22
     local.get $18
     local.get $26
     local.get $11
     call $assembly/kernels/dequant_relu_dot_sigmoid_f32/dequant_relu_dot_sigmoid_f32_simd
    else
     local.get $0
     i32.load offset=28
     local.set $27
     i32.const 0
     local.set $9
     loop $for-loop|04
      local.get $9
      local.get $25
      i32.lt_s
      if
       local.get $19
       local.get $9
       local.get $14
       i32.mul
       i32.const 1
       i32.shl
       i32.add
       local.set $28
       i32.const 0
       local.set $2
       loop $for-loop|15
        local.get $2
        local.get $18
        i32.lt_s
        if
         local.get $27
         local.get $2
         local.get $14
         i32.mul
         i32.add
         local.set $29
         i32.const 0
         local.set $1
         i32.const 0
         local.set $3
         loop $for-loop|26
          local.get $3
          local.get $14
          i32.lt_s
          if
           local.get $1
           local.get $28
           local.get $3
           i32.const 1
           i32.shl
           i32.add
           i32.load16_s
           local.get $3
           local.get $29
           i32.add
           i32.load8_s
           i32.mul
           i32.add
           local.set $1
           local.get $3
           i32.const 1
           i32.add
           local.set $3
           br $for-loop|26
          end
         end
         local.get $24
         local.get $9
         local.get $18
         i32.mul
         local.get $2
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.get $1
         i32.store
         local.get $2
         i32.const 1
         i32.add
         local.set $2
         br $for-loop|15
        end
       end
       local.get $9
       i32.const 1
       i32.add
       local.set $9
       br $for-loop|04
      end
     end
     local.get $24
     local.get $25
     local.get $4
     local.get $0
     i32.load offset=36
     local.get $0
     i32.load offset=40
     local.get $0
     i32.load offset=44
     local.get $22
     local.get $18
     local.get $26
     local.get $11
     call $assembly/kernels/dequant_relu_dot_sigmoid_f32/dequant_relu_dot_sigmoid_f32_scalar
    end
    local.get $8
    i32.const 32
    i32.add
    local.set $8
    br $for-loop|1
   end
  end
  i32.const 0
 )
 (func $assembly/driver/critic_goal_terms (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (result i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  local.get $0
  i32.load
  local.tee $9
  i32.const 2
  i32.shl
  local.set $10
  loop $for-loop|0
   local.get $2
   local.get $8
   i32.gt_s
   if
    local.get $1
    local.get $8
    i32.const 4
    i32.shl
    i32.add
    local.tee $7
    local.get $0
    i32.const 4
    local.get $9
    local.get $5
    local.get $4
    local.get $6
    call $assembly/driver/partial
    i32.eqz
    if
     local.get $7
     return
    end
    local.get $6
    if
     local.get $0
     i32.load offset=20
     local.set $11
     local.get $3
     local.get $8
     local.get $10
     i32.mul
     i32.add
     local.set $12
     i32.const 0
     local.set $7
     loop $for-loop|00
      local.get $7
      local.get $9
      i32.const 2
      i32.shl
      i32.lt_u
      if
       local.get $7
       local.get $12
       i32.add
       local.get $7
       local.get $11
       i32.add
       v128.load
       local.get $5
       local.get $7
       i32.add
       v128.load
       f32x4.mul
       v128.store
       local.get $7
       i32.const 16
       i32.add
       local.set $7
       br $for-loop|00
      end
     end
    else
     local.get $0
     i32.load offset=20
     local.set $11
     local.get $3
     local.get $8
     local.get $10
     i32.mul
     i32.add
     local.set $12
     i32.const 0
     local.set $7
     loop $for-loop|01
      local.get $7
      local.get $9
      i32.const 2
      i32.shl
      i32.lt_u
      if
       local.get $7
       local.get $12
       i32.add
       local.get $7
       local.get $11
       i32.add
       f32.load
       local.get $5
       local.get $7
       i32.add
       f32.load
       f32.mul
       f32.store
       local.get $7
       i32.const 4
       i32.add
       local.set $7
       br $for-loop|01
      end
     end
    end
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|0
   end
  end
  i32.const 0
 )
 (func $assembly/selfcheck/layer2_check_scratch_bytes (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $1
  local.get $2
  i32.mul
  i32.const 1
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.get $0
  local.get $1
  i32.mul
  i32.const 1
  i32.shl
  i32.add
 )
 (func $assembly/selfcheck/layer2_check (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  loop $for-loop|0
   local.get $7
   local.get $2
   i32.const 1
   i32.shr_s
   i32.lt_s
   if
    i32.const 0
    local.set $8
    loop $for-loop|1
     local.get $4
     local.get $8
     i32.gt_s
     if
      i32.const 0
      local.set $9
      loop $for-loop|2
       local.get $9
       i32.const 2
       i32.lt_s
       if
        local.get $5
        local.get $4
        local.get $7
        i32.mul
        local.get $8
        i32.add
        i32.const 1
        i32.shl
        local.get $9
        i32.add
        i32.const 1
        i32.shl
        i32.add
        local.get $3
        local.get $2
        local.get $8
        i32.mul
        i32.add
        local.get $7
        i32.const 1
        i32.shl
        local.get $9
        i32.add
        i32.add
        i32.load8_s
        i32.store16
        local.get $9
        i32.const 1
        i32.add
        local.set $9
        br $for-loop|2
       end
      end
      local.get $8
      i32.const 1
      i32.add
      local.set $8
      br $for-loop|1
     end
    end
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|0
   end
  end
  local.get $5
  local.get $2
  local.get $4
  i32.mul
  i32.const 1
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  i32.add
  local.set $3
  loop $for-loop|00
   local.get $10
   local.get $1
   local.get $2
   i32.mul
   i32.lt_s
   if
    local.get $3
    local.get $10
    i32.const 1
    i32.shl
    i32.add
    local.get $0
    local.get $10
    i32.add
    i32.load8_s
    i32.store16
    local.get $10
    i32.const 1
    i32.add
    local.set $10
    br $for-loop|00
   end
  end
  local.get $3
  local.get $1
  local.get $2
  local.get $5
  local.get $4
  local.get $6
  call $assembly/kernels/gemm_i16_w8_i32/gemm_i16_w8_i32_simd
 )
 (func $assembly/score_text/critic_score_texts (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32) (param $13 i32) (param $14 i32) (param $15 i32) (param $16 i32) (param $17 i32) (param $18 i32) (param $19 i32) (result i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  local.get $5
  local.set $20
  local.get $6
  local.set $21
  i32.const 0
  local.set $5
  loop $for-loop|0
   local.get $5
   i32.const 16
   i32.add
   local.tee $6
   local.get $21
   i32.le_s
   if
    local.get $7
    local.get $5
    i32.const 1
    i32.shl
    i32.add
    local.tee $23
    local.get $5
    local.get $20
    i32.add
    v128.load
    local.tee $22
    local.get $22
    v128.const i32x4 0x41414141 0x41414141 0x41414141 0x41414141
    i8x16.sub
    v128.const i32x4 0x1a1a1a1a 0x1a1a1a1a 0x1a1a1a1a 0x1a1a1a1a
    i8x16.lt_u
    v128.const i32x4 0x20202020 0x20202020 0x20202020 0x20202020
    v128.and
    v128.or
    local.tee $22
    i16x8.extend_low_i8x16_u
    v128.store
    local.get $23
    local.get $22
    i16x8.extend_high_i8x16_u
    v128.store offset=16
    local.get $6
    local.set $5
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $5
   local.get $21
   i32.lt_s
   if
    local.get $7
    local.get $5
    i32.const 1
    i32.shl
    i32.add
    local.get $5
    local.get $20
    i32.add
    i32.load8_u
    local.tee $6
    i32.const 32
    i32.or
    local.get $6
    local.get $6
    i32.const 65
    i32.sub
    i32.const 26
    i32.lt_u
    select
    i32.store16
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|1
   end
  end
  local.get $0
  local.get $1
  local.get $2
  local.get $9
  local.get $3
  local.get $4
  call $assembly/encoder/hash_ngram/encode_texts
  drop
  local.get $8
  local.get $9
  local.get $10
  local.get $11
  local.get $12
  local.get $13
  local.get $14
  local.get $15
  local.get $16
  local.get $17
  local.get $18
  local.get $19
  call $assembly/driver/critic_score
 )
 (func $assembly/kernels/prepare/w3_dequant_f32 (param $0 i32) (param $1 f32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $3
    local.get $4
    i32.const 2
    i32.shl
    i32.add
    local.get $0
    local.get $4
    i32.add
    i32.load8_s
    f32.convert_i32_s
    local.get $1
    f32.mul
    f32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $assembly/kernels/prepare/w2_prepare_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  loop $for-loop|0
   local.get $6
   local.get $2
   i32.const 1
   i32.shr_s
   i32.lt_s
   if
    i32.const 0
    local.set $4
    loop $for-loop|1
     local.get $1
     local.get $4
     i32.gt_s
     if
      i32.const 0
      local.set $5
      loop $for-loop|2
       local.get $5
       i32.const 2
       i32.lt_s
       if
        local.get $3
        local.get $1
        local.get $6
        i32.mul
        local.get $4
        i32.add
        i32.const 1
        i32.shl
        local.get $5
        i32.add
        i32.const 1
        i32.shl
        i32.add
        local.get $0
        local.get $2
        local.get $4
        i32.mul
        i32.add
        local.get $6
        i32.const 1
        i32.shl
        local.get $5
        i32.add
        i32.add
        i32.load8_s
        i32.store16
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        br $for-loop|2
       end
      end
      local.get $4
      i32.const 1
      i32.add
      local.set $4
      br $for-loop|1
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|0
   end
  end
 )
 (func $assembly/kernels/outcome_probs_f32/outcome_probs_f32_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 v128)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  local.get $2
  i32.const 2
  i32.shl
  local.set $7
  local.get $3
  i32.load offset=4
  local.tee $17
  i32.const 2
  i32.shl
  local.set $11
  local.get $3
  local.get $3
  i32.load
  local.tee $13
  i32.const 1
  i32.shl
  i32.const 2
  i32.add
  i32.const 2
  i32.shl
  i32.add
  local.set $15
  loop $for-loop|0
   local.get $9
   i32.const 4
   i32.add
   local.get $1
   i32.le_s
   if
    local.get $0
    local.get $7
    local.get $9
    i32.mul
    i32.add
    local.set $12
    local.get $4
    local.get $9
    local.get $11
    i32.mul
    i32.add
    local.set $16
    local.get $5
    local.get $13
    i32.const 4
    i32.shl
    i32.add
    local.set $10
    i32.const 0
    local.set $8
    loop $for-loop|1
     local.get $8
     local.get $13
     i32.lt_s
     if
      local.get $3
      local.get $8
      i32.const 1
      i32.shl
      local.tee $2
      i32.const 3
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.set $18
      local.get $12
      local.get $3
      local.get $2
      i32.const 2
      i32.add
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.tee $19
      i32.const 2
      i32.shl
      i32.add
      local.tee $2
      f32.load
      f32x4.splat
      local.get $2
      local.get $7
      i32.add
      f32.load
      f32x4.replace_lane 1
      local.get $2
      local.get $7
      i32.const 1
      i32.shl
      i32.add
      f32.load
      f32x4.replace_lane 2
      local.get $2
      local.get $7
      i32.const 3
      i32.mul
      i32.add
      f32.load
      f32x4.replace_lane 3
      local.set $6
      i32.const 1
      local.set $2
      loop $for-loop|2
       local.get $2
       local.get $18
       i32.lt_s
       if
        local.get $6
        local.get $12
        local.get $2
        local.get $19
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.tee $20
        f32.load
        f32x4.splat
        local.get $7
        local.get $20
        i32.add
        f32.load
        f32x4.replace_lane 1
        local.get $20
        local.get $7
        i32.const 1
        i32.shl
        i32.add
        f32.load
        f32x4.replace_lane 2
        local.get $20
        local.get $7
        i32.const 3
        i32.mul
        i32.add
        f32.load
        f32x4.replace_lane 3
        f32x4.max
        local.set $6
        local.get $2
        i32.const 1
        i32.add
        local.set $2
        br $for-loop|2
       end
      end
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $14
      i32.const 0
      local.set $2
      loop $for-loop|3
       local.get $2
       local.get $18
       i32.lt_s
       if
        v128.const i32x4 0xc2ac0000 0xc2ac0000 0xc2ac0000 0xc2ac0000
        local.get $12
        local.get $2
        local.get $19
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.tee $20
        f32.load
        f32x4.splat
        local.get $7
        local.get $20
        i32.add
        f32.load
        f32x4.replace_lane 1
        local.get $20
        local.get $7
        i32.const 1
        i32.shl
        i32.add
        f32.load
        f32x4.replace_lane 2
        local.get $20
        local.get $7
        i32.const 3
        i32.mul
        i32.add
        f32.load
        f32x4.replace_lane 3
        local.get $6
        f32x4.sub
        local.tee $21
        local.get $21
        v128.const i32x4 0xc2ac0000 0xc2ac0000 0xc2ac0000 0xc2ac0000
        f32x4.lt
        v128.bitselect
        local.tee $21
        v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
        f32x4.mul
        f32x4.nearest
        local.set $22
        local.get $10
        local.get $2
        i32.const 4
        i32.shl
        i32.add
        v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
        local.get $21
        local.get $22
        v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
        f32x4.mul
        f32x4.sub
        local.get $22
        v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
        f32x4.mul
        f32x4.sub
        local.tee $21
        f32x4.mul
        v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
        f32x4.add
        local.get $21
        f32x4.mul
        v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
        f32x4.add
        local.get $21
        f32x4.mul
        v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
        f32x4.add
        local.get $21
        f32x4.mul
        v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
        f32x4.add
        local.get $21
        f32x4.mul
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.add
        local.get $21
        local.get $21
        f32x4.mul
        f32x4.mul
        local.get $21
        f32x4.add
        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
        f32x4.add
        local.get $22
        i32x4.trunc_sat_f32x4_s
        i32.const 23
        i32x4.shl
        i32x4.add
        local.tee $21
        v128.store
        local.get $14
        local.get $21
        f32x4.add
        local.set $14
        local.get $2
        i32.const 1
        i32.add
        local.set $2
        br $for-loop|3
       end
      end
      local.get $5
      local.get $8
      i32.const 4
      i32.shl
      i32.add
      local.get $14
      v128.store
      local.get $10
      local.get $18
      i32.const 4
      i32.shl
      i32.add
      local.set $10
      local.get $8
      i32.const 1
      i32.add
      local.set $8
      br $for-loop|1
     end
    end
    i32.const 0
    local.set $8
    loop $for-loop|4
     local.get $8
     local.get $17
     i32.lt_s
     if
      local.get $15
      local.get $8
      i32.const 12
      i32.mul
      i32.add
      local.tee $2
      i32.load offset=4
      local.set $18
      block $for-continue|4
       local.get $2
       i32.load
       i32.eqz
       if
        v128.const i32x4 0x42b00000 0x42b00000 0x42b00000 0x42b00000
        v128.const i32x4 0xc2ac0000 0xc2ac0000 0xc2ac0000 0xc2ac0000
        local.get $12
        local.get $18
        i32.const 2
        i32.shl
        i32.add
        local.tee $2
        f32.load
        f32x4.splat
        local.get $2
        local.get $7
        i32.add
        f32.load
        f32x4.replace_lane 1
        local.get $2
        local.get $7
        i32.const 1
        i32.shl
        i32.add
        f32.load
        f32x4.replace_lane 2
        local.get $2
        local.get $7
        i32.const 3
        i32.mul
        i32.add
        f32.load
        f32x4.replace_lane 3
        f32x4.neg
        local.tee $6
        local.get $6
        v128.const i32x4 0xc2ac0000 0xc2ac0000 0xc2ac0000 0xc2ac0000
        f32x4.lt
        v128.bitselect
        local.tee $6
        local.get $6
        v128.const i32x4 0x42b00000 0x42b00000 0x42b00000 0x42b00000
        f32x4.gt
        v128.bitselect
        local.tee $6
        v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
        f32x4.mul
        f32x4.nearest
        local.set $14
        local.get $16
        local.get $8
        i32.const 2
        i32.shl
        i32.add
        local.tee $2
        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
        v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
        local.get $6
        local.get $14
        v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
        f32x4.mul
        f32x4.sub
        local.get $14
        v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
        f32x4.mul
        f32x4.sub
        local.tee $6
        f32x4.mul
        v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
        f32x4.add
        local.get $6
        f32x4.mul
        v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
        f32x4.add
        local.get $6
        f32x4.mul
        v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
        f32x4.add
        local.get $6
        f32x4.mul
        v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
        f32x4.add
        local.get $6
        f32x4.mul
        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
        f32x4.add
        local.get $6
        local.get $6
        f32x4.mul
        f32x4.mul
        local.get $6
        f32x4.add
        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
        f32x4.add
        local.get $14
        i32x4.trunc_sat_f32x4_s
        i32.const 23
        i32x4.shl
        i32x4.add
        f32x4.add
        f32x4.div
        local.tee $6
        f32x4.extract_lane 0
        f32.store
        br $for-continue|4
       end
       local.get $15
       local.get $8
       i32.const 12
       i32.mul
       i32.add
       i32.load offset=8
       local.set $19
       local.get $5
       local.get $13
       i32.const 4
       i32.shl
       i32.add
       local.set $10
       i32.const 0
       local.set $2
       loop $for-loop|5
        local.get $2
        local.get $18
        i32.lt_s
        if
         local.get $10
         local.get $3
         local.get $2
         i32.const 1
         i32.shl
         i32.const 3
         i32.add
         i32.const 2
         i32.shl
         i32.add
         i32.load
         i32.const 4
         i32.shl
         i32.add
         local.set $10
         local.get $2
         i32.const 1
         i32.add
         local.set $2
         br $for-loop|5
        end
       end
       local.get $3
       local.get $18
       i32.const 1
       i32.shl
       i32.const 3
       i32.add
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.set $20
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $6
       i32.const 0
       local.set $2
       loop $for-loop|6
        local.get $2
        local.get $20
        i32.lt_s
        if
         local.get $19
         local.get $2
         i32.shr_u
         i32.const 1
         i32.and
         if
          local.get $6
          local.get $10
          local.get $2
          i32.const 4
          i32.shl
          i32.add
          v128.load
          f32x4.add
          local.set $6
         end
         local.get $2
         i32.const 1
         i32.add
         local.set $2
         br $for-loop|6
        end
       end
       local.get $16
       local.get $8
       i32.const 2
       i32.shl
       i32.add
       local.tee $2
       local.get $6
       local.get $5
       local.get $18
       i32.const 4
       i32.shl
       i32.add
       v128.load
       f32x4.div
       local.tee $6
       f32x4.extract_lane 0
       f32.store
      end
      local.get $2
      local.get $11
      i32.add
      local.get $6
      f32x4.extract_lane 1
      f32.store
      local.get $2
      local.get $11
      i32.const 1
      i32.shl
      i32.add
      local.get $6
      f32x4.extract_lane 2
      f32.store
      local.get $2
      local.get $11
      i32.const 3
      i32.mul
      i32.add
      local.get $6
      f32x4.extract_lane 3
      f32.store
      local.get $8
      i32.const 1
      i32.add
      local.set $8
      br $for-loop|4
     end
    end
    local.get $9
    i32.const 4
    i32.add
    local.set $9
    br $for-loop|0
   end
  end
  loop $for-loop|7
   local.get $1
   local.get $9
   i32.gt_s
   if
    local.get $0
    local.get $7
    local.get $9
    i32.mul
    i32.add
    local.get $3
    local.get $4
    local.get $9
    local.get $11
    i32.mul
    i32.add
    local.get $5
    call $assembly/kernels/outcome_probs_f32/outcome_probs_row_scalar
    local.get $9
    i32.const 1
    i32.add
    local.set $9
    br $for-loop|7
   end
  end
 )
 (func $assembly/kernels/feature_values/feature_values_i16_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (result f32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 f32)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 f32)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 f32)
  local.get $4
  i32.const 1
  i32.sub
  i32x4.splat
  local.set $13
  v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
  local.set $11
  loop $for-loop|0
   local.get $7
   i32.const 4
   i32.add
   local.tee $8
   local.get $3
   i32.le_s
   if
    local.get $11
    local.get $7
    i32.const 2
    i32.shl
    local.tee $7
    local.get $0
    i32.add
    v128.load
    local.tee $11
    local.get $13
    i32x4.min_u
    local.tee $15
    local.get $11
    i32x4.eq
    v128.and
    local.set $11
    local.get $6
    local.get $7
    i32.add
    local.get $1
    local.get $7
    i32.add
    v128.load
    local.get $2
    local.get $15
    i32.const 2
    i32x4.shl
    local.tee $15
    i32x4.extract_lane 3
    i32.add
    local.get $2
    local.get $15
    i32x4.extract_lane 2
    i32.add
    local.get $2
    local.get $15
    i32x4.extract_lane 1
    i32.add
    local.get $2
    local.get $15
    i32x4.extract_lane 0
    i32.add
    v128.load32_zero
    v128.load32_lane 1
    v128.load32_lane 2
    v128.load32_lane 3
    f32x4.mul
    local.tee $15
    v128.store
    local.get $9
    local.get $15
    v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff
    v128.and
    i32x4.max_s
    local.set $9
    local.get $8
    local.set $7
    br $for-loop|0
   end
  end
  local.get $11
  i32x4.all_true
  i32.eqz
  if
   f32.const -1
   return
  end
  local.get $9
  i32x4.extract_lane 0
  local.tee $8
  local.get $9
  i32x4.extract_lane 1
  local.tee $16
  local.get $8
  local.get $16
  i32.gt_s
  select
  local.tee $8
  local.get $9
  i32x4.extract_lane 2
  local.tee $16
  local.get $9
  i32x4.extract_lane 3
  local.tee $17
  local.get $16
  local.get $17
  i32.gt_s
  select
  local.tee $16
  local.get $8
  local.get $16
  i32.gt_s
  select
  local.set $8
  loop $for-loop|1
   local.get $3
   local.get $7
   i32.gt_s
   if
    local.get $0
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $16
    local.get $4
    i32.ge_u
    if
     f32.const -1
     return
    end
    local.get $7
    i32.const 2
    i32.shl
    local.tee $17
    local.get $1
    i32.add
    f32.load
    local.get $2
    local.get $16
    i32.const 2
    i32.shl
    i32.add
    f32.load
    f32.mul
    local.set $10
    local.get $6
    local.get $17
    i32.add
    local.get $10
    f32.store
    local.get $8
    local.get $10
    i32.reinterpret_f32
    i32.const 2147483647
    i32.and
    local.tee $16
    local.get $8
    local.get $16
    i32.gt_s
    select
    local.set $8
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|1
   end
  end
  local.get $8
  i32.const 2139095039
  i32.gt_s
  if
   f32.const -1
   return
  end
  local.get $5
  local.get $3
  i32.const 1
  i32.shl
  i32.add
  i32.const 0
  i32.store16
  local.get $8
  f32.reinterpret_i32
  local.tee $14
  f32.const 0
  f32.gt
  i32.eqz
  if
   loop $for-loop|2
    local.get $3
    local.get $12
    i32.gt_s
    if
     local.get $5
     local.get $12
     i32.const 1
     i32.shl
     i32.add
     i32.const 0
     i32.store16
     local.get $12
     i32.const 1
     i32.add
     local.set $12
     br $for-loop|2
    end
   end
   f32.const 0
   return
  end
  f32.const 32767
  local.get $14
  f32.div
  local.tee $10
  f32x4.splat
  local.set $9
  i32.const 0
  local.set $7
  loop $for-loop|3
   local.get $7
   i32.const 8
   i32.add
   local.tee $0
   local.get $3
   i32.le_s
   if
    local.get $5
    local.get $7
    i32.const 1
    i32.shl
    i32.add
    v128.const i32x4 0xffff8001 0xffff8001 0xffff8001 0xffff8001
    v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
    local.get $6
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.tee $1
    v128.load
    local.get $9
    f32x4.mul
    v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
    f32x4.add
    v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
    i32x4.sub
    i32x4.min_s
    i32x4.max_s
    v128.const i32x4 0xffff8001 0xffff8001 0xffff8001 0xffff8001
    v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
    local.get $1
    v128.load offset=16
    local.get $9
    f32x4.mul
    v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
    f32x4.add
    v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000
    i32x4.sub
    i32x4.min_s
    i32x4.max_s
    i16x8.narrow_i32x4_s
    v128.store
    local.get $0
    local.set $7
    br $for-loop|3
   end
  end
  loop $for-loop|4
   local.get $3
   local.get $7
   i32.gt_s
   if
    local.get $5
    local.get $7
    i32.const 1
    i32.shl
    i32.add
    local.get $6
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    f32.load
    local.get $10
    f32.mul
    f32.nearest
    local.tee $18
    f32.const 32767
    f32.gt
    if (result f32)
     f32.const 32767
    else
     f32.const -32767
     local.get $18
     local.get $18
     f32.const -32767
     f32.lt
     select
    end
    i32.trunc_sat_f32_s
    i32.store16
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|4
   end
  end
  local.get $14
  f32.const 32767
  f32.div
 )
 (func $assembly/kernels/embed_bag_i8_i16_i32/embed_bag_i8_i16_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f32) (param $6 i32) (param $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  local.get $5
  f32x4.splat
  local.set $15
  local.get $1
  local.tee $8
  i32x4.splat
  local.set $9
  i32.const 0
  local.set $1
  loop $for-loop|0
   local.get $1
   local.get $4
   i32.const 2
   i32.shl
   i32.lt_u
   if
    local.get $1
    local.get $7
    i32.add
    local.get $1
    local.get $2
    i32.add
    v128.load
    local.get $9
    i32x4.mul
    v128.store
    local.get $1
    i32.const 16
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  i32.const 0
  local.set $2
  loop $do-loop|1
   local.get $2
   i32.const 512
   i32.add
   local.tee $1
   local.get $4
   local.get $1
   local.get $4
   i32.lt_s
   select
   local.set $1
   local.get $2
   i32.eqz
   local.set $16
   i32.const 0
   local.set $12
   loop $for-loop|2
    local.get $8
    local.get $12
    i32.gt_u
    if
     local.get $0
     local.get $12
     i32.add
     local.set $18
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $10
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $13
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $14
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $9
     local.get $3
     local.get $2
     i32.const 1
     i32.shl
     i32.add
     local.set $17
     local.get $7
     local.get $2
     i32.const 2
     i32.shl
     i32.add
     local.tee $11
     local.get $1
     local.get $2
     i32.sub
     i32.const -2
     i32.and
     i32.const 2
     i32.shl
     i32.add
     local.set $19
     loop $for-loop|3
      local.get $11
      local.get $19
      i32.lt_u
      if
       local.get $10
       local.get $18
       local.get $11
       i32.load
       i32.add
       local.tee $20
       v128.load8x8_s align=1
       local.tee $23
       local.get $18
       local.get $11
       i32.load offset=4
       i32.add
       local.tee $21
       v128.load8x8_s align=1
       local.tee $24
       i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
       local.get $17
       v128.load32_splat
       local.tee $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $10
       local.get $13
       local.get $23
       local.get $24
       i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $13
       local.get $14
       local.get $20
       v128.load8x8_s offset=8 align=1
       local.tee $23
       local.get $21
       v128.load8x8_s offset=8 align=1
       local.tee $24
       i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $14
       local.get $9
       local.get $23
       local.get $24
       i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $9
       local.get $11
       i32.const 8
       i32.add
       local.set $11
       local.get $17
       i32.const 4
       i32.add
       local.set $17
       br $for-loop|3
      end
     end
     local.get $1
     local.get $2
     i32.sub
     i32.const 1
     i32.and
     if
      local.get $10
      local.get $18
      local.get $11
      i32.load
      i32.add
      local.tee $11
      v128.load8x8_s align=1
      local.tee $22
      local.get $22
      i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
      local.get $17
      v128.load32_splat
      local.tee $23
      i32x4.dot_i16x8_s
      i32x4.add
      local.set $10
      local.get $13
      local.get $22
      local.get $22
      i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
      local.get $23
      i32x4.dot_i16x8_s
      i32x4.add
      local.set $13
      local.get $14
      local.get $11
      v128.load8x8_s offset=8 align=1
      local.tee $22
      local.get $22
      i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
      local.get $23
      i32x4.dot_i16x8_s
      i32x4.add
      local.set $14
      local.get $9
      local.get $22
      local.get $22
      i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
      local.get $23
      i32x4.dot_i16x8_s
      i32x4.add
      local.set $9
     end
     local.get $10
     f32x4.convert_i32x4_s
     local.get $15
     f32x4.mul
     local.set $10
     local.get $6
     local.get $12
     i32.const 2
     i32.shl
     i32.add
     local.tee $11
     local.get $16
     if (result v128)
      local.get $10
     else
      local.get $11
      v128.load
      local.get $10
      f32x4.add
     end
     v128.store
     local.get $13
     f32x4.convert_i32x4_s
     local.get $15
     f32x4.mul
     local.set $10
     local.get $11
     local.get $16
     if (result v128)
      local.get $10
     else
      local.get $11
      v128.load offset=16
      local.get $10
      f32x4.add
     end
     v128.store offset=16
     local.get $14
     f32x4.convert_i32x4_s
     local.get $15
     f32x4.mul
     local.set $10
     local.get $11
     local.get $16
     if (result v128)
      local.get $10
     else
      local.get $11
      v128.load offset=32
      local.get $10
      f32x4.add
     end
     v128.store offset=32
     local.get $9
     f32x4.convert_i32x4_s
     local.get $15
     f32x4.mul
     local.set $9
     local.get $11
     local.get $16
     if (result v128)
      local.get $9
     else
      local.get $11
      v128.load offset=48
      local.get $9
      f32x4.add
     end
     v128.store offset=48
     local.get $12
     i32.const 16
     i32.add
     local.set $12
     br $for-loop|2
    end
   end
   local.get $4
   local.get $1
   local.tee $2
   i32.gt_s
   br_if $do-loop|1
  end
 )
 (func $assembly/kernels/dequant_relu_dot_sigmoid_f32/dequant_relu_dot_sigmoid_f32_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 f32) (param $7 i32) (param $8 i32) (param $9 i32)
  (local $10 v128)
  (local $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 f32)
  local.get $7
  i32.const 2
  i32.shl
  local.set $13
  i32.const 0
  local.set $7
  loop $for-loop|0
   local.get $7
   i32.const 2
   i32.add
   local.get $1
   i32.le_s
   if
    local.get $0
    local.get $7
    local.get $13
    i32.mul
    i32.add
    local.tee $19
    local.get $13
    i32.add
    local.set $20
    local.get $2
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.tee $11
    f32.load
    f32x4.splat
    local.set $14
    local.get $11
    f32.load offset=4
    f32x4.splat
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $12
    i32.const 0
    local.set $11
    loop $for-loop|1
     local.get $11
     local.get $13
     i32.lt_u
     if
      local.get $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $11
      local.get $19
      i32.add
      v128.load
      f32x4.convert_i32x4_s
      local.get $14
      local.get $3
      local.get $11
      i32.add
      v128.load
      local.tee $16
      f32x4.mul
      f32x4.mul
      local.get $4
      local.get $11
      i32.add
      v128.load
      local.tee $17
      f32x4.add
      f32x4.pmax
      local.get $5
      local.get $11
      i32.add
      v128.load
      local.tee $18
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $12
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $11
      local.get $20
      i32.add
      v128.load
      f32x4.convert_i32x4_s
      local.get $15
      local.get $16
      f32x4.mul
      f32x4.mul
      local.get $17
      f32x4.add
      f32x4.pmax
      local.get $18
      f32x4.mul
      f32x4.add
      local.set $12
      local.get $11
      i32.const 16
      i32.add
      local.set $11
      br $for-loop|1
     end
    end
    local.get $8
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.tee $11
    local.get $10
    f32x4.extract_lane 0
    local.get $10
    f32x4.extract_lane 1
    f32.add
    local.get $10
    f32x4.extract_lane 2
    local.get $10
    f32x4.extract_lane 3
    f32.add
    f32.add
    local.get $6
    f32.add
    f32.store
    local.get $11
    local.get $12
    f32x4.extract_lane 0
    local.get $12
    f32x4.extract_lane 1
    f32.add
    local.get $12
    f32x4.extract_lane 2
    local.get $12
    f32x4.extract_lane 3
    f32.add
    f32.add
    local.get $6
    f32.add
    f32.store offset=4
    local.get $7
    i32.const 2
    i32.add
    local.set $7
    br $for-loop|0
   end
  end
  loop $for-loop|2
   local.get $1
   local.get $7
   i32.gt_s
   if
    local.get $0
    local.get $7
    local.get $13
    i32.mul
    i32.add
    local.set $19
    local.get $2
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    f32.load
    f32x4.splat
    local.set $12
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    i32.const 0
    local.set $11
    loop $for-loop|3
     local.get $11
     local.get $13
     i32.lt_u
     if
      local.get $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $11
      local.get $19
      i32.add
      v128.load
      f32x4.convert_i32x4_s
      local.get $12
      local.get $3
      local.get $11
      i32.add
      v128.load
      f32x4.mul
      f32x4.mul
      local.get $4
      local.get $11
      i32.add
      v128.load
      f32x4.add
      f32x4.pmax
      local.get $5
      local.get $11
      i32.add
      v128.load
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $11
      i32.const 16
      i32.add
      local.set $11
      br $for-loop|3
     end
    end
    local.get $8
    local.get $7
    i32.const 2
    i32.shl
    i32.add
    local.get $10
    f32x4.extract_lane 0
    local.get $10
    f32x4.extract_lane 1
    f32.add
    local.get $10
    f32x4.extract_lane 2
    local.get $10
    f32x4.extract_lane 3
    f32.add
    f32.add
    local.get $6
    f32.add
    f32.store
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|2
   end
  end
  local.get $9
  if
   return
  end
  i32.const 0
  local.set $0
  loop $for-loop|4
   local.get $0
   i32.const 4
   i32.add
   local.tee $2
   local.get $1
   i32.le_s
   if
    v128.const i32x4 0x42b00000 0x42b00000 0x42b00000 0x42b00000
    v128.const i32x4 0xc2ac0000 0xc2ac0000 0xc2ac0000 0xc2ac0000
    local.get $8
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    local.tee $0
    v128.load
    f32x4.neg
    local.tee $10
    local.get $10
    v128.const i32x4 0xc2ac0000 0xc2ac0000 0xc2ac0000 0xc2ac0000
    f32x4.lt
    v128.bitselect
    local.tee $10
    local.get $10
    v128.const i32x4 0x42b00000 0x42b00000 0x42b00000 0x42b00000
    f32x4.gt
    v128.bitselect
    local.tee $10
    v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
    f32x4.mul
    f32x4.nearest
    local.set $12
    local.get $0
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
    local.get $10
    local.get $12
    v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
    f32x4.mul
    f32x4.sub
    local.get $12
    v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
    f32x4.mul
    f32x4.sub
    local.tee $10
    f32x4.mul
    v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
    f32x4.add
    local.get $10
    f32x4.mul
    v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
    f32x4.add
    local.get $10
    f32x4.mul
    v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
    f32x4.add
    local.get $10
    f32x4.mul
    v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
    f32x4.add
    local.get $10
    f32x4.mul
    v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
    f32x4.add
    local.get $10
    local.get $10
    f32x4.mul
    f32x4.mul
    local.get $10
    f32x4.add
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    f32x4.add
    local.get $12
    i32x4.trunc_sat_f32x4_s
    i32.const 23
    i32x4.shl
    i32x4.add
    f32x4.add
    f32x4.div
    v128.store
    local.get $2
    local.set $0
    br $for-loop|4
   end
  end
  loop $for-loop|5
   local.get $0
   local.get $1
   i32.lt_s
   if
    f32.const -86
    f32.const 88
    local.get $8
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    local.tee $2
    f32.load
    f32.neg
    local.tee $6
    local.get $6
    f32.const 88
    f32.gt
    select
    local.get $6
    f32.const -86
    f32.lt
    select
    local.tee $6
    f32.const 1.4426950216293335
    f32.mul
    f32.nearest
    local.set $21
    local.get $2
    f32.const 1
    local.get $6
    local.get $21
    f32.const 0.693359375
    f32.mul
    f32.sub
    local.get $21
    f32.const -2.1219444170128554e-04
    f32.mul
    f32.sub
    local.tee $6
    f32.const 1.9875691214110702e-04
    f32.mul
    f32.const 0.001398199936375022
    f32.add
    local.get $6
    f32.mul
    f32.const 0.008333452045917511
    f32.add
    local.get $6
    f32.mul
    f32.const 0.04166579619050026
    f32.add
    local.get $6
    f32.mul
    f32.const 0.1666666567325592
    f32.add
    local.get $6
    f32.mul
    f32.const 0.5
    f32.add
    local.get $6
    local.get $6
    f32.mul
    f32.mul
    local.get $6
    f32.add
    f32.const 1
    f32.add
    i32.reinterpret_f32
    local.get $21
    i32.trunc_sat_f32_s
    i32.const 23
    i32.shl
    i32.add
    f32.reinterpret_i32
    f32.const 1
    f32.add
    f32.div
    f32.store
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|5
   end
  end
 )
 (func $assembly/kernels/dequant_relu_dot_sigmoid_f32/dequant_relu_dot_sigmoid_f32_scalar (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 f32) (param $7 i32) (param $8 i32) (param $9 i32)
  (local $10 f32)
  (local $11 i32)
  (local $12 f32)
  (local $13 f32)
  (local $14 f32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 f32)
  local.get $7
  i32.const 2
  i32.shl
  local.set $19
  loop $for-loop|0
   local.get $1
   local.get $11
   i32.gt_s
   if
    local.get $0
    local.get $11
    local.get $19
    i32.mul
    i32.add
    local.set $20
    local.get $2
    local.get $11
    i32.const 2
    i32.shl
    i32.add
    f32.load
    local.set $21
    f32.const 0
    local.set $10
    f32.const 0
    local.set $12
    f32.const 0
    local.set $13
    f32.const 0
    local.set $14
    i32.const 0
    local.set $7
    loop $for-loop|1
     local.get $7
     local.get $19
     i32.lt_u
     if
      local.get $10
      local.get $7
      local.get $20
      i32.add
      local.tee $15
      i32.load
      f32.convert_i32_s
      local.get $21
      local.get $3
      local.get $7
      i32.add
      local.tee $16
      f32.load
      f32.mul
      f32.mul
      local.get $4
      local.get $7
      i32.add
      local.tee $17
      f32.load
      f32.add
      local.tee $10
      f32.const 0
      local.get $10
      f32.const 0
      f32.gt
      select
      local.get $5
      local.get $7
      i32.add
      local.tee $18
      f32.load
      f32.mul
      f32.add
      local.set $10
      local.get $12
      local.get $15
      i32.load offset=4
      f32.convert_i32_s
      local.get $21
      local.get $16
      f32.load offset=4
      f32.mul
      f32.mul
      local.get $17
      f32.load offset=4
      f32.add
      local.tee $12
      f32.const 0
      local.get $12
      f32.const 0
      f32.gt
      select
      local.get $18
      f32.load offset=4
      f32.mul
      f32.add
      local.set $12
      local.get $13
      local.get $15
      i32.load offset=8
      f32.convert_i32_s
      local.get $21
      local.get $16
      f32.load offset=8
      f32.mul
      f32.mul
      local.get $17
      f32.load offset=8
      f32.add
      local.tee $13
      f32.const 0
      local.get $13
      f32.const 0
      f32.gt
      select
      local.get $18
      f32.load offset=8
      f32.mul
      f32.add
      local.set $13
      local.get $14
      local.get $15
      i32.load offset=12
      f32.convert_i32_s
      local.get $21
      local.get $16
      f32.load offset=12
      f32.mul
      f32.mul
      local.get $17
      f32.load offset=12
      f32.add
      local.tee $14
      f32.const 0
      local.get $14
      f32.const 0
      f32.gt
      select
      local.get $18
      f32.load offset=12
      f32.mul
      f32.add
      local.set $14
      local.get $7
      i32.const 16
      i32.add
      local.set $7
      br $for-loop|1
     end
    end
    local.get $10
    local.get $12
    f32.add
    local.get $13
    local.get $14
    f32.add
    f32.add
    local.get $6
    f32.add
    local.set $10
    local.get $8
    local.get $11
    i32.const 2
    i32.shl
    i32.add
    local.get $9
    if (result f32)
     local.get $10
    else
     f32.const -86
     f32.const 88
     local.get $10
     f32.neg
     local.tee $10
     local.get $10
     f32.const 88
     f32.gt
     select
     local.get $10
     f32.const -86
     f32.lt
     select
     local.tee $10
     f32.const 1.4426950216293335
     f32.mul
     f32.nearest
     local.set $12
     f32.const 1
     local.get $10
     local.get $12
     f32.const 0.693359375
     f32.mul
     f32.sub
     local.get $12
     f32.const -2.1219444170128554e-04
     f32.mul
     f32.sub
     local.tee $10
     f32.const 1.9875691214110702e-04
     f32.mul
     f32.const 0.001398199936375022
     f32.add
     local.get $10
     f32.mul
     f32.const 0.008333452045917511
     f32.add
     local.get $10
     f32.mul
     f32.const 0.04166579619050026
     f32.add
     local.get $10
     f32.mul
     f32.const 0.1666666567325592
     f32.add
     local.get $10
     f32.mul
     f32.const 0.5
     f32.add
     local.get $10
     local.get $10
     f32.mul
     f32.mul
     local.get $10
     f32.add
     f32.const 1
     f32.add
     i32.reinterpret_f32
     local.get $12
     i32.trunc_sat_f32_s
     i32.const 23
     i32.shl
     i32.add
     f32.reinterpret_i32
     f32.const 1
     f32.add
     f32.div
    end
    f32.store
    local.get $11
    i32.const 1
    i32.add
    local.set $11
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/relaxed_simd (result i32)
  i32.const 0
 )
 (func $assembly/index/heap_base (result i32)
  i32.const 7328
 )
 (func $assembly/index/abi_version (result i32)
  i32.const 4
 )
 (func $assembly/encoder/tokenize/is_word_cp (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  local.get $0
  i32.const 128
  i32.lt_s
  if
   local.get $0
   i32.const 48
   i32.sub
   i32.const 10
   i32.lt_u
   local.get $0
   i32.const 97
   i32.sub
   i32.const 26
   i32.lt_u
   i32.or
   local.get $0
   i32.const 65
   i32.sub
   i32.const 26
   i32.lt_u
   i32.or
   return
  end
  i32.const 774
  local.set $1
  loop $while-continue|0
   local.get $1
   local.get $3
   i32.ge_s
   if
    local.get $0
    local.get $1
    local.get $3
    i32.add
    i32.const 1
    i32.shr_s
    local.tee $2
    i32.const 3
    i32.shl
    i32.const 1056
    i32.add
    i32.load
    i32.lt_u
    if
     local.get $2
     i32.const 1
     i32.sub
     local.set $1
    else
     local.get $0
     local.get $2
     i32.const 3
     i32.shl
     i32.const 1060
     i32.add
     i32.load
     i32.gt_u
     if (result i32)
      local.get $2
      i32.const 1
      i32.add
     else
      i32.const 1
      return
     end
     local.set $3
    end
    br $while-continue|0
   end
  end
  i32.const 0
 )
 (func $assembly/encoder/tokenize/classify (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 i64)
  local.get $2
  i32.const 0
  local.get $4
  i32.const 3
  i32.shl
  local.tee $4
  memory.fill
  local.get $3
  i32.const 0
  local.get $4
  memory.fill
  i32.const 0
  global.set $assembly/encoder/tokenize/classifiedTo
  i32.const 0
  local.set $4
  loop $for-loop|0
   local.get $1
   local.get $4
   i32.gt_s
   if
    local.get $0
    local.get $4
    i32.const 1
    i32.shl
    i32.add
    local.tee $6
    v128.load
    local.set $9
    local.get $6
    v128.load offset=16
    local.set $5
    local.get $4
    i32.const 16
    i32.add
    local.get $1
    i32.gt_s
    if
     local.get $9
     v128.const i32x4 0x00010000 0x00030002 0x00050004 0x00070006
     local.get $1
     local.get $4
     i32.sub
     i16x8.splat
     local.tee $13
     i16x8.lt_s
     v128.and
     local.set $9
     local.get $5
     v128.const i32x4 0x00090008 0x000b000a 0x000d000c 0x000f000e
     local.get $13
     i16x8.lt_s
     v128.and
     local.set $5
    end
    block $for-continue|0
     i32.const 1
     local.get $4
     global.get $assembly/encoder/tokenize/classifiedTo
     i32.lt_s
     local.get $9
     local.get $5
     v128.or
     v128.const i32x4 0xff80ff80 0xff80ff80 0xff80ff80 0xff80ff80
     v128.and
     v128.any_true
     select
     if
      local.get $4
      i32.const 16
      i32.add
      local.tee $6
      local.get $1
      local.get $1
      local.get $6
      i32.gt_s
      select
      local.set $14
      local.get $4
      global.get $assembly/encoder/tokenize/classifiedTo
      local.tee $6
      local.get $4
      local.get $6
      i32.gt_s
      select
      local.set $7
      loop $while-continue|0
       local.get $7
       local.get $14
       i32.lt_s
       if
        i32.const 1
        local.set $10
        block $__inlined_func$assembly/encoder/tokenize/is_word_cp$1 (result i32)
         i32.const 0
         local.set $8
         local.get $0
         local.get $7
         i32.const 1
         i32.shl
         i32.add
         i32.load16_u
         local.tee $6
         i32.const 64512
         i32.and
         i32.const 55296
         i32.eq
         local.get $7
         i32.const 1
         i32.add
         local.tee $11
         local.get $1
         i32.lt_s
         i32.and
         if
          local.get $0
          local.get $11
          i32.const 1
          i32.shl
          i32.add
          i32.load16_u
          local.tee $11
          i32.const 64512
          i32.and
          i32.const 56320
          i32.eq
          if
           i32.const 2
           local.set $10
           local.get $11
           local.get $6
           i32.const 10
           i32.shl
           i32.add
           i32.const 56613888
           i32.sub
           local.set $6
          end
         end
         local.get $6
         i32.const 48
         i32.sub
         i32.const 10
         i32.lt_u
         local.get $6
         i32.const 97
         i32.sub
         i32.const 26
         i32.lt_u
         i32.or
         local.get $6
         i32.const 65
         i32.sub
         i32.const 26
         i32.lt_u
         i32.or
         local.get $6
         i32.const 128
         i32.lt_s
         br_if $__inlined_func$assembly/encoder/tokenize/is_word_cp$1
         drop
         i32.const 774
         local.set $11
         loop $while-continue|00
          local.get $8
          local.get $11
          i32.le_s
          if
           local.get $6
           local.get $8
           local.get $11
           i32.add
           i32.const 1
           i32.shr_s
           local.tee $12
           i32.const 3
           i32.shl
           i32.const 1056
           i32.add
           i32.load
           i32.lt_u
           if
            local.get $12
            i32.const 1
            i32.sub
            local.set $11
           else
            local.get $6
            local.get $12
            i32.const 3
            i32.shl
            i32.const 1060
            i32.add
            i32.load
            i32.gt_u
            if (result i32)
             local.get $12
             i32.const 1
             i32.add
            else
             i32.const 1
             br $__inlined_func$assembly/encoder/tokenize/is_word_cp$1
            end
            local.set $8
           end
           br $while-continue|00
          end
         end
         i32.const 0
        end
        if
         local.get $2
         local.get $7
         i32.const 6
         i32.shr_u
         i32.const 3
         i32.shl
         i32.add
         local.tee $6
         local.get $6
         i64.load
         i64.const 3
         i64.const 1
         local.get $10
         i32.const 2
         i32.eq
         local.tee $8
         select
         local.get $7
         i32.const 63
         i32.and
         i64.extend_i32_s
         local.tee $15
         i64.shl
         i64.or
         i64.store
         local.get $8
         local.get $15
         i64.const 63
         i64.eq
         i32.and
         if
          local.get $6
          local.get $6
          i64.load offset=8
          i64.const 1
          i64.or
          i64.store offset=8
         end
        else
         local.get $6
         i32.const 36
         i32.eq
         if
          local.get $3
          local.get $7
          i32.const 6
          i32.shr_u
          i32.const 3
          i32.shl
          i32.add
          local.tee $6
          local.get $6
          i64.load
          i64.const 1
          local.get $7
          i32.const 63
          i32.and
          i64.extend_i32_s
          i64.shl
          i64.or
          i64.store
         end
        end
        local.get $7
        local.get $10
        i32.add
        local.set $7
        br $while-continue|0
       end
      end
      local.get $7
      global.set $assembly/encoder/tokenize/classifiedTo
      br $for-continue|0
     end
     local.get $4
     i32.const 3
     i32.shr_u
     local.tee $6
     local.get $2
     i32.add
     local.get $9
     v128.const i32x4 0x00300030 0x00300030 0x00300030 0x00300030
     i16x8.sub
     v128.const i32x4 0x000a000a 0x000a000a 0x000a000a 0x000a000a
     i16x8.lt_u
     local.get $9
     v128.const i32x4 0x00610061 0x00610061 0x00610061 0x00610061
     i16x8.sub
     v128.const i32x4 0x001a001a 0x001a001a 0x001a001a 0x001a001a
     i16x8.lt_u
     v128.or
     local.get $5
     v128.const i32x4 0x00300030 0x00300030 0x00300030 0x00300030
     i16x8.sub
     v128.const i32x4 0x000a000a 0x000a000a 0x000a000a 0x000a000a
     i16x8.lt_u
     local.get $5
     v128.const i32x4 0x00610061 0x00610061 0x00610061 0x00610061
     i16x8.sub
     v128.const i32x4 0x001a001a 0x001a001a 0x001a001a 0x001a001a
     i16x8.lt_u
     v128.or
     i8x16.narrow_i16x8_s
     i8x16.bitmask
     i32.store16
     local.get $3
     local.get $6
     i32.add
     local.get $9
     v128.const i32x4 0x00240024 0x00240024 0x00240024 0x00240024
     i16x8.eq
     local.get $5
     v128.const i32x4 0x00240024 0x00240024 0x00240024 0x00240024
     i16x8.eq
     i8x16.narrow_i16x8_s
     i8x16.bitmask
     i32.store16
    end
    local.get $4
    i32.const 16
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $assembly/encoder/tokenize/ascii_lower_widen (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  loop $for-loop|0
   local.get $3
   i32.const 16
   i32.add
   local.tee $4
   local.get $1
   i32.le_s
   if
    local.get $2
    local.get $3
    i32.const 1
    i32.shl
    i32.add
    local.tee $6
    local.get $0
    local.get $3
    i32.add
    v128.load
    local.tee $5
    local.get $5
    v128.const i32x4 0x41414141 0x41414141 0x41414141 0x41414141
    i8x16.sub
    v128.const i32x4 0x1a1a1a1a 0x1a1a1a1a 0x1a1a1a1a 0x1a1a1a1a
    i8x16.lt_u
    v128.const i32x4 0x20202020 0x20202020 0x20202020 0x20202020
    v128.and
    v128.or
    local.tee $5
    i16x8.extend_low_i8x16_u
    v128.store
    local.get $6
    local.get $5
    i16x8.extend_high_i8x16_u
    v128.store offset=16
    local.get $4
    local.set $3
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $1
   local.get $3
   i32.gt_s
   if
    local.get $2
    local.get $3
    i32.const 1
    i32.shl
    i32.add
    local.get $0
    local.get $3
    i32.add
    i32.load8_u
    local.tee $4
    i32.const 32
    i32.or
    local.get $4
    local.get $4
    i32.const 65
    i32.sub
    i32.const 26
    i32.lt_u
    select
    i32.store16
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|1
   end
  end
 )
 (func $assembly/encoder/token_hashes/tokenHashes (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (result i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  local.get $6
  i32.load offset=32
  i32.const -2128831035
  i32.xor
  local.tee $21
  i32.const 119
  i32.xor
  i32.const 16777619
  i32.mul
  i32.const 32
  i32.xor
  i32.const 16777619
  i32.mul
  local.set $16
  local.get $21
  i32.const 98
  i32.xor
  i32.const 16777619
  i32.mul
  i32.const 32
  i32.xor
  i32.const 16777619
  i32.mul
  local.set $17
  local.get $21
  i32.const 99
  i32.xor
  i32.const 16777619
  i32.mul
  i32.const 32
  i32.xor
  i32.const 16777619
  i32.mul
  local.set $26
  local.get $6
  i32.load offset=28
  i32.const 1
  i32.sub
  local.set $6
  local.get $7
  i32x4.splat
  local.set $11
  local.get $1
  i32x4.splat
  local.set $18
  local.get $2
  i32.const 3
  i32.add
  i32.const 2
  i32.shr_s
  local.set $21
  local.get $2
  local.set $1
  loop $for-loop|0
   local.get $1
   local.get $21
   i32.const 2
   i32.shl
   i32.lt_s
   if
    local.get $1
    i32.const 2
    i32.shl
    local.tee $27
    local.get $3
    i32.add
    i32.const 0
    i32.store
    local.get $4
    local.get $27
    i32.add
    i32.const 0
    i32.store
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  local.get $21
  i32.const 2
  i32.shl
  local.set $27
  loop $for-loop|1
   local.get $12
   local.get $21
   i32.lt_s
   if
    local.get $12
    i32.const 2
    i32.shl
    local.tee $1
    local.get $3
    i32.add
    local.set $28
    local.get $1
    local.get $4
    i32.add
    local.tee $29
    local.get $27
    i32.const 3
    i32.mul
    local.tee $1
    i32.add
    local.get $27
    i32.const 1
    i32.shl
    local.tee $30
    local.get $29
    i32.add
    local.get $27
    local.get $29
    i32.add
    local.get $29
    v128.load32_zero
    v128.load32_lane 1
    v128.load32_lane 2
    v128.load32_lane 3
    local.tee $19
    local.get $1
    local.get $28
    i32.add
    local.get $28
    local.get $30
    i32.add
    local.get $27
    local.get $28
    i32.add
    local.get $28
    v128.load32_zero
    v128.load32_lane 1
    v128.load32_lane 2
    v128.load32_lane 3
    local.tee $20
    i32x4.sub
    local.tee $9
    i32x4.extract_lane 0
    local.tee $1
    local.get $9
    i32x4.extract_lane 1
    local.tee $28
    local.get $1
    local.get $28
    i32.gt_s
    select
    local.tee $1
    local.get $9
    i32x4.extract_lane 2
    local.tee $28
    local.get $9
    i32x4.extract_lane 3
    local.tee $29
    local.get $28
    local.get $29
    i32.gt_s
    select
    local.tee $28
    local.get $1
    local.get $28
    i32.gt_s
    select
    local.set $28
    local.get $16
    i32x4.splat
    local.set $13
    local.get $17
    i32x4.splat
    local.set $15
    local.get $26
    i32.const 60
    i32.xor
    i32.const 16777619
    i32.mul
    i32x4.splat
    local.set $10
    i32.const 0
    local.set $1
    loop $for-loop|2
     local.get $1
     local.get $28
     i32.lt_s
     if
      local.get $0
      local.get $20
      local.get $1
      i32x4.splat
      i32x4.add
      local.get $18
      i32x4.min_s
      i32.const 1
      i32x4.shl
      local.tee $22
      i32x4.extract_lane 0
      i32.add
      v128.load64_zero
      local.get $0
      local.get $22
      i32x4.extract_lane 1
      i32.add
      v128.load64_zero
      i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
      local.tee $24
      local.get $0
      local.get $22
      i32x4.extract_lane 2
      i32.add
      v128.load64_zero
      local.get $0
      local.get $22
      i32x4.extract_lane 3
      i32.add
      v128.load64_zero
      i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
      local.tee $25
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.tee $23
      i32x4.extend_low_i16x8_u
      local.tee $31
      local.get $9
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i32x4.gt_s
      local.tee $32
      v128.and
      local.set $22
      local.get $23
      i32x4.extend_high_i16x8_u
      local.tee $33
      local.get $9
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      i32x4.sub
      local.tee $9
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i32x4.gt_s
      local.tee $34
      v128.and
      local.set $23
      local.get $24
      local.get $25
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.tee $25
      i32x4.extend_low_i16x8_u
      local.tee $35
      local.get $9
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      i32x4.sub
      local.tee $9
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i32x4.gt_s
      local.tee $36
      v128.and
      local.set $24
      local.get $9
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      i32x4.sub
      local.tee $9
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      i32x4.gt_s
      local.set $37
      local.get $9
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      i32x4.sub
      local.set $9
      local.get $13
      local.get $22
      v128.xor
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      local.get $32
      v128.const i32x4 0x01000192 0x01000192 0x01000192 0x01000192
      v128.and
      i32x4.add
      local.tee $32
      i32x4.mul
      local.get $23
      v128.xor
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      local.get $34
      v128.const i32x4 0x01000192 0x01000192 0x01000192 0x01000192
      v128.and
      i32x4.add
      local.tee $34
      i32x4.mul
      local.get $24
      v128.xor
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      local.get $36
      v128.const i32x4 0x01000192 0x01000192 0x01000192 0x01000192
      v128.and
      i32x4.add
      local.tee $36
      i32x4.mul
      local.get $25
      i32x4.extend_high_i16x8_u
      local.tee $38
      local.get $37
      v128.and
      local.tee $25
      v128.xor
      v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
      local.get $37
      v128.const i32x4 0x01000192 0x01000192 0x01000192 0x01000192
      v128.and
      i32x4.add
      local.tee $37
      i32x4.mul
      local.set $13
      local.get $15
      local.get $22
      v128.xor
      local.get $32
      i32x4.mul
      local.get $23
      v128.xor
      local.get $34
      i32x4.mul
      local.get $24
      v128.xor
      local.get $36
      i32x4.mul
      local.get $25
      v128.xor
      local.get $37
      i32x4.mul
      local.set $15
      local.get $14
      local.get $22
      v128.xor
      local.get $32
      i32x4.mul
      local.get $23
      v128.xor
      local.get $34
      i32x4.mul
      local.get $24
      v128.xor
      local.get $36
      i32x4.mul
      local.get $25
      v128.xor
      local.get $37
      i32x4.mul
      local.set $14
      local.get $10
      local.get $31
      v128.xor
      v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
      i32x4.mul
      local.get $10
      local.get $1
      local.get $6
      i32.lt_s
      select
      local.tee $10
      local.get $33
      v128.xor
      v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
      i32x4.mul
      local.get $10
      local.get $1
      i32.const 1
      i32.add
      local.get $6
      i32.lt_s
      select
      local.tee $10
      local.get $35
      v128.xor
      v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
      i32x4.mul
      local.get $10
      local.get $1
      i32.const 2
      i32.add
      local.get $6
      i32.lt_s
      select
      local.tee $10
      local.get $38
      v128.xor
      v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
      i32x4.mul
      local.get $10
      local.get $1
      i32.const 3
      i32.add
      local.get $6
      i32.lt_s
      select
      local.set $10
      local.get $1
      i32.const 4
      i32.add
      local.set $1
      br $for-loop|2
     end
    end
    local.get $5
    local.get $12
    i32.const 80
    i32.mul
    i32.add
    local.tee $1
    local.get $13
    local.get $13
    i32.const 16
    i32x4.shr_u
    v128.xor
    v128.const i32x4 0x85ebca6b 0x85ebca6b 0x85ebca6b 0x85ebca6b
    i32x4.mul
    local.tee $9
    local.get $9
    i32.const 13
    i32x4.shr_u
    v128.xor
    local.tee $9
    local.get $11
    v128.and
    local.get $9
    v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
    v128.and
    v128.or
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    v128.or
    v128.store
    local.get $1
    local.get $14
    local.get $14
    i32.const 16
    i32x4.shr_u
    v128.xor
    v128.const i32x4 0x85ebca6b 0x85ebca6b 0x85ebca6b 0x85ebca6b
    i32x4.mul
    local.tee $9
    local.get $9
    i32.const 13
    i32x4.shr_u
    v128.xor
    local.tee $9
    local.get $11
    v128.and
    local.get $9
    v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
    v128.and
    v128.or
    v128.const i32x4 0x20000000 0x20000000 0x20000000 0x20000000
    v128.or
    v128.store offset=16
    local.get $1
    local.get $10
    local.get $10
    i32.const 16
    i32x4.shr_u
    v128.xor
    v128.const i32x4 0x85ebca6b 0x85ebca6b 0x85ebca6b 0x85ebca6b
    i32x4.mul
    local.tee $9
    local.get $9
    i32.const 13
    i32x4.shr_u
    v128.xor
    local.tee $9
    local.get $11
    v128.and
    local.get $9
    v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
    v128.and
    v128.or
    v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
    v128.or
    v128.store offset=32
    local.get $1
    local.get $15
    v128.const i32x4 0x00000020 0x00000020 0x00000020 0x00000020
    v128.xor
    v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
    i32x4.mul
    local.tee $14
    v128.store offset=48
    local.get $1
    local.get $8
    i32x4.splat
    local.get $19
    local.get $6
    i32x4.splat
    i32x4.sub
    i32.const 2
    i32x4.shl
    i32x4.add
    local.tee $9
    i32x4.extract_lane 3
    local.get $9
    i32x4.extract_lane 2
    local.get $9
    i32x4.extract_lane 1
    local.get $9
    i32x4.extract_lane 0
    v128.load32_zero
    v128.load32_lane 1
    v128.load32_lane 2
    v128.load32_lane 3
    v128.const i32x4 0x0000003e 0x0000003e 0x0000003e 0x0000003e
    v128.xor
    v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
    i32x4.mul
    local.tee $9
    local.get $9
    i32.const 16
    i32x4.shr_u
    v128.xor
    v128.const i32x4 0x85ebca6b 0x85ebca6b 0x85ebca6b 0x85ebca6b
    i32x4.mul
    local.tee $9
    local.get $9
    i32.const 13
    i32x4.shr_u
    v128.xor
    local.tee $9
    local.get $11
    v128.and
    local.get $9
    v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
    v128.and
    v128.or
    v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
    v128.or
    v128.store offset=64
    local.get $12
    i32.const 1
    i32.add
    local.set $12
    br $for-loop|1
   end
  end
  i32.const 1
  local.set $8
  loop $for-loop|3
   local.get $8
   i32.const 4
   i32.lt_s
   local.get $8
   local.get $21
   i32.mul
   local.tee $6
   local.get $2
   i32.lt_s
   i32.and
   if
    local.get $5
    local.get $21
    i32.const 80
    i32.mul
    local.get $8
    i32.const 2
    i32.shl
    i32.add
    i32.const 84
    i32.sub
    i32.add
    i32.load offset=48
    local.set $1
    local.get $4
    local.get $6
    i32.const 2
    i32.shl
    local.tee $6
    i32.add
    i32.load
    local.set $12
    local.get $3
    local.get $6
    i32.add
    i32.load
    local.set $6
    loop $for-loop|4
     local.get $6
     local.get $12
     i32.lt_s
     if
      local.get $0
      local.get $6
      i32.const 1
      i32.shl
      i32.add
      i32.load16_u
      local.get $1
      i32.xor
      i32.const 16777619
      i32.mul
      local.set $1
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|4
     end
    end
    local.get $5
    local.get $8
    i32.const 2
    i32.shl
    i32.add
    local.get $1
    local.get $1
    i32.const 16
    i32.shr_u
    i32.xor
    i32.const -2048144789
    i32.mul
    local.tee $1
    local.get $1
    i32.const 13
    i32.shr_u
    i32.xor
    local.tee $1
    local.get $7
    i32.and
    local.get $1
    i32.const -2147483648
    i32.and
    i32.or
    i32.const 536870912
    i32.or
    i32.store offset=16
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|3
   end
  end
  local.get $21
 )
 (func $assembly/encoder/token_hashes/gramHashes (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 i32)
  (local $10 v128)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  local.get $3
  i32x4.splat
  local.set $8
  local.get $4
  i32x4.splat
  local.set $10
  local.get $2
  i32.const 1
  i32.sub
  local.set $12
  local.get $2
  i32.const 4
  i32.eq
  if
   loop $for-loop|0
    local.get $9
    local.get $1
    local.get $12
    i32.sub
    i32.const 4
    i32.sub
    i32.le_s
    if
     local.get $8
     local.get $0
     local.get $9
     i32.const 1
     i32.shl
     i32.add
     local.tee $4
     v128.load16x4_u align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.get $4
     v128.load16x4_u offset=2 align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.get $4
     v128.load16x4_u offset=4 align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.set $13
     local.get $8
     local.get $4
     v128.load16x4_u offset=8 align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.get $4
     v128.load16x4_u offset=10 align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.get $4
     v128.load16x4_u offset=12 align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.set $7
     local.get $9
     i32.const 2
     i32.shl
     local.tee $3
     local.get $6
     i32.add
     local.tee $11
     local.get $13
     v128.store
     local.get $11
     local.get $7
     v128.store offset=16
     local.get $7
     local.get $4
     v128.load16x4_u offset=14 align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.tee $7
     local.get $7
     i32.const 16
     i32x4.shr_u
     v128.xor
     v128.const i32x4 0x85ebca6b 0x85ebca6b 0x85ebca6b 0x85ebca6b
     i32x4.mul
     local.tee $7
     local.get $7
     i32.const 13
     i32x4.shr_u
     v128.xor
     local.set $14
     local.get $3
     local.get $5
     i32.add
     local.tee $3
     local.get $13
     local.get $4
     v128.load16x4_u offset=6 align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.tee $7
     local.get $7
     i32.const 16
     i32x4.shr_u
     v128.xor
     v128.const i32x4 0x85ebca6b 0x85ebca6b 0x85ebca6b 0x85ebca6b
     i32x4.mul
     local.tee $7
     local.get $7
     i32.const 13
     i32x4.shr_u
     v128.xor
     local.tee $7
     local.get $10
     v128.and
     local.get $7
     v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
     v128.and
     v128.or
     v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
     v128.or
     v128.store
     local.get $3
     local.get $14
     local.get $10
     v128.and
     local.get $14
     v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
     v128.and
     v128.or
     v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
     v128.or
     v128.store offset=16
     local.get $9
     i32.const 8
     i32.add
     local.set $9
     br $for-loop|0
    end
   end
  end
  loop $for-loop|1
   local.get $9
   local.get $1
   local.get $12
   i32.sub
   i32.le_s
   if
    local.get $0
    local.get $9
    i32.const 1
    i32.shl
    i32.add
    local.set $4
    local.get $8
    local.set $7
    local.get $2
    i32.const 4
    i32.eq
    if
     local.get $7
     local.get $4
     v128.load16x4_u align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.get $4
     v128.load16x4_u offset=2 align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.get $4
     v128.load16x4_u offset=4 align=2
     v128.xor
     v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
     i32x4.mul
     local.set $7
    else
     i32.const 0
     local.set $3
     loop $for-loop|2
      local.get $3
      local.get $12
      i32.lt_s
      if
       local.get $7
       local.get $4
       local.get $3
       i32.const 1
       i32.shl
       i32.add
       v128.load16x4_u align=2
       v128.xor
       v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
       i32x4.mul
       local.set $7
       local.get $3
       i32.const 1
       i32.add
       local.set $3
       br $for-loop|2
      end
     end
    end
    local.get $9
    i32.const 2
    i32.shl
    local.tee $3
    local.get $6
    i32.add
    local.get $7
    v128.store
    local.get $3
    local.get $5
    i32.add
    local.get $7
    local.get $4
    local.get $12
    i32.const 1
    i32.shl
    i32.add
    v128.load16x4_u align=2
    v128.xor
    v128.const i32x4 0x01000193 0x01000193 0x01000193 0x01000193
    i32x4.mul
    local.tee $7
    local.get $7
    i32.const 16
    i32x4.shr_u
    v128.xor
    v128.const i32x4 0x85ebca6b 0x85ebca6b 0x85ebca6b 0x85ebca6b
    i32x4.mul
    local.tee $7
    local.get $7
    i32.const 13
    i32x4.shr_u
    v128.xor
    local.tee $7
    local.get $10
    v128.and
    local.get $7
    v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
    v128.and
    v128.or
    v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
    v128.or
    v128.store
    local.get $9
    i32.const 4
    i32.add
    local.set $9
    br $for-loop|1
   end
  end
 )
 (func $assembly/encoder/token_hashes/featureList (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (result i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 f64)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  local.get $7
  f64.load
  f64.const 0
  f64.ne
  local.set $18
  local.get $7
  f64.load offset=8
  f64.const 0
  f64.ne
  local.set $19
  local.get $7
  f64.load offset=16
  local.set $20
  local.get $7
  i32.load offset=28
  local.tee $12
  i32.const 0
  i32.gt_s
  local.tee $7
  if (result i32)
   local.get $20
   f64.const 0
   f64.ne
  else
   local.get $7
  end
  local.set $13
  local.get $12
  i32.const 1
  i32.sub
  local.set $17
  local.get $0
  local.get $10
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $0
   local.get $10
   i32.div_s
  else
   i32.const 0
  end
  local.tee $15
  local.get $10
  i32.mul
  i32.sub
  local.set $12
  local.get $0
  local.set $7
  loop $for-loop|0
   local.get $1
   local.get $7
   i32.gt_s
   if
    local.get $7
    i32.const 2
    i32.shl
    local.tee $14
    local.get $2
    i32.add
    i32.load
    local.set $16
    local.get $3
    local.get $14
    i32.add
    i32.load
    local.get $16
    i32.sub
    local.set $14
    local.get $9
    local.get $12
    i32.const 80
    i32.mul
    i32.add
    local.get $15
    i32.const 2
    i32.shl
    i32.add
    local.set $21
    local.get $12
    i32.const 1
    i32.add
    local.tee $12
    local.get $10
    i32.eq
    if
     local.get $15
     i32.const 1
     i32.add
     local.set $15
     i32.const 0
     local.set $12
    end
    local.get $6
    local.get $11
    i32.const 2
    i32.shl
    i32.add
    local.get $21
    i32.load
    i32.store
    local.get $6
    local.get $11
    local.get $18
    i32.add
    local.tee $11
    i32.const 2
    i32.shl
    i32.add
    local.get $21
    i32.load offset=16
    i32.store
    local.get $11
    local.get $19
    local.get $0
    local.get $7
    i32.lt_s
    i32.and
    i32.add
    local.set $11
    local.get $14
    local.get $17
    i32.ge_s
    i32.const 0
    local.get $13
    select
    if
     local.get $6
     local.get $11
     i32.const 2
     i32.shl
     i32.add
     local.tee $22
     local.get $21
     i32.load offset=32
     i32.store
     local.get $14
     local.get $17
     i32.sub
     local.set $23
     local.get $22
     local.get $4
     local.get $16
     i32.const 2
     i32.shl
     i32.add
     local.tee $24
     v128.load
     v128.store offset=4
     local.get $22
     local.get $24
     v128.load offset=16
     v128.store offset=20
     i32.const 8
     local.set $14
     loop $for-loop|1
      local.get $14
      local.get $23
      i32.lt_s
      if
       local.get $14
       i32.const 2
       i32.shl
       local.tee $21
       local.get $22
       i32.add
       local.get $21
       local.get $24
       i32.add
       v128.load
       v128.store offset=4
       local.get $14
       i32.const 4
       i32.add
       local.set $14
       br $for-loop|1
      end
     end
     local.get $22
     local.get $23
     i32.const 2
     i32.shl
     i32.add
     local.get $5
     local.get $16
     local.get $23
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load
     i32.const 62
     i32.xor
     i32.const 16777619
     i32.mul
     local.tee $14
     local.get $14
     i32.const 16
     i32.shr_u
     i32.xor
     i32.const -2048144789
     i32.mul
     local.tee $14
     local.get $14
     i32.const 13
     i32.shr_u
     i32.xor
     local.tee $14
     local.get $8
     i32.and
     local.get $14
     i32.const -2147483648
     i32.and
     i32.or
     i32.const 1073741824
     i32.or
     i32.store offset=4
     local.get $11
     local.get $23
     i32.const 2
     i32.add
     i32.add
     local.set $11
    end
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|0
   end
  end
  local.get $11
 )
 (func $assembly/encoder/hash_ngram/encoder_work_bytes (param $0 i32) (result i32)
  local.get $0
  i32.const 0
  local.get $0
  i32.const 0
  i32.gt_s
  select
  local.tee $0
  i32.const 6
  i32.shr_u
  i32.const 4
  i32.shl
  local.get $0
  i32.const 2
  i32.shl
  i32.const 31
  i32.add
  i32.const -16
  i32.and
  i32.const 1
  i32.shl
  i32.add
  local.get $0
  i32.const 3
  i32.shl
  i32.add
  local.get $0
  i32.const 20
  i32.mul
  local.tee $0
  i32.add
  local.get $0
  i32.add
  i32.const 448
  i32.add
 )
 (func $assembly/encoder/hash_ngram/encode_text (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (result i32)
  (local $6 i64)
  local.get $0
  local.get $1
  local.get $2
  local.get $5
  call $assembly/encoder/hash_ngram/front
  i32.const 0
  local.set $1
  local.get $0
  i32.load offset=28
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $0
   f64.load
   f64.const 0
   f64.ne
  else
   i32.const 0
  end
  if (result i32)
   local.get $0
   f64.load offset=8
   f64.const 0
   f64.ne
  else
   i32.const 0
  end
  if (result i32)
   local.get $0
   f64.load offset=16
   f64.const 0
   f64.ne
  else
   i32.const 0
  end
  global.set $assembly/encoder/hash_ngram/allKinds
  loop $for-loop|0
   local.get $1
   i32.const 3
   i32.lt_u
   if
    local.get $1
    i32.const 3
    i32.shl
    local.tee $2
    local.get $0
    i32.add
    i64.load
    local.set $6
    local.get $2
    i32.const 7264
    i32.add
    local.get $6
    i64.store
    local.get $2
    i32.const 7296
    i32.add
    local.get $6
    i64.const -9223372036854775808
    i64.xor
    i64.store
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  i32.const 7288
  i64.const 0
  i64.store
  i32.const 7320
  i64.const -9223372036854775808
  i64.store
  local.get $0
  i32.const 0
  i32.const 2147483647
  local.get $3
  local.get $4
  call $assembly/encoder/hash_ngram/back
 )
 (func $assembly/driver/critic_scratch_bytes (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  local.get $0
  i32.const 6
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  i32.const 128
  i32.add
  local.get $1
  i32.const 7
  i32.shl
  i32.add
  local.get $0
  i32.const 2
  i32.shl
  local.tee $0
  local.get $2
  i32.mul
  local.get $0
  i32.const 1
  i32.shl
  i32.add
  local.tee $1
  local.get $1
  local.get $0
  local.get $3
  i32.mul
  i32.add
  local.get $4
  select
  i32.add
 )
 (func $assembly/driver/critic_outcome_scratch_bytes (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  local.get $0
  i32.load
  local.tee $3
  local.set $1
  loop $for-loop|0
   local.get $2
   local.get $3
   i32.lt_s
   if
    local.get $1
    local.get $0
    local.get $2
    i32.const 1
    i32.shl
    i32.const 3
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.add
    local.set $1
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $1
  i32.const 4
  i32.shl
 )
 (func $assembly/driver/critic_outcome_probs (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32)
  (local $7 i32)
  local.get $6
  if
   local.get $0
   local.get $1
   local.get $2
   local.get $3
   local.get $4
   local.get $5
   call $assembly/kernels/outcome_probs_f32/outcome_probs_f32_simd
  else
   local.get $3
   i32.load offset=4
   local.set $6
   loop $for-loop|0
    local.get $1
    local.get $7
    i32.gt_s
    if
     local.get $0
     local.get $7
     local.get $2
     i32.const 2
     i32.shl
     i32.mul
     i32.add
     local.get $3
     local.get $4
     local.get $7
     local.get $6
     i32.const 2
     i32.shl
     i32.mul
     i32.add
     local.get $5
     call $assembly/kernels/outcome_probs_f32/outcome_probs_row_scalar
     local.get $7
     i32.const 1
     i32.add
     local.set $7
     br $for-loop|0
    end
   end
  end
 )
)
