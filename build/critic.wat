(module
 (type $0 (func (param i32 i32 i32 i32 i32 i32)))
 (type $1 (func (result i32)))
 (type $2 (func (param f32) (result f32)))
 (type $3 (func (param i32 f32 i32 i32)))
 (type $4 (func (param i32 i32 i32 i32)))
 (type $5 (func (param i32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32 i32) (result i32)))
 (type $7 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (memory $0 1)
 (data $0 (i32.const 1030) "\f0?t\85\15\d3\b0\d9\ef?\0f\89\f9lX\b5\ef?Q[\12\d0\01\93\ef?{Q}<\b8r\ef?\aa\b9h1\87T\ef?8bunz8\ef?\e1\de\1f\f5\9d\1e\ef?\15\b71\n\fe\06\ef?\cb\a9:7\a7\f1\ee?\"4\12L\a6\de\ee?-\89a`\08\ce\ee?\'*6\d5\da\bf\ee?\82O\9dV+\b4\ee?)TH\dd\07\ab\ee?\85U:\b0~\a4\ee?\cd;\7ff\9e\a0\ee?t_\ec\e8u\9f\ee?\87\01\ebs\14\a1\ee?\13\ceL\99\89\a5\ee?\db\a0*B\e5\ac\ee?\e5\c5\cd\b07\b7\ee?\90\f0\a3\82\91\c4\ee?]%>\b2\03\d5\ee?\ad\d3Z\99\9f\e8\ee?G^\fb\f2v\ff\ee?\9cR\85\dd\9b\19\ef?i\90\ef\dc 7\ef?\87\a4\fb\dc\18X\ef?_\9b{3\97|\ef?\da\90\a4\a2\af\a4\ef?@En[v\d0\ef?")
 (export "relaxed_simd" (func $assembly/index/relaxed_simd))
 (export "heap_base" (func $assembly/index/heap_base))
 (export "critic_score" (func $assembly/driver/critic_score))
 (export "critic_goal_terms" (func $assembly/driver/critic_goal_terms))
 (export "critic_scratch_bytes" (func $assembly/driver/critic_scratch_bytes))
 (export "w1_widen_f32" (func $assembly/kernels/prepare/w1_widen_f32))
 (export "w2_prepare_simd" (func $assembly/kernels/prepare/w2_prepare_simd))
 (export "w3_dequant_f32" (func $assembly/kernels/prepare/w3_dequant_f32))
 (export "memory" (memory $0))
 (func $assembly/driver/partial (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 f32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  local.get $1
  local.get $2
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $13
  local.get $0
  i32.load offset=4
  local.set $11
  local.get $0
  i32.load offset=8
  local.set $14
  local.get $0
  i32.load offset=12
  local.set $12
  local.get $0
  i32.load
  i32.const 1
  i32.eq
  if
   local.get $5
   if
    i32.const 0
    local.set $1
    loop $for-loop|0
     local.get $1
     local.get $3
     i32.lt_s
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $6
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $7
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $8
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $9
      local.get $1
      local.get $13
      i32.add
      local.set $2
      i32.const 0
      local.set $0
      loop $for-loop|1
       local.get $0
       local.get $12
       i32.lt_s
       if
        local.get $6
        local.get $11
        local.get $0
        i32.const 2
        i32.shl
        i32.add
        f32.load
        f32x4.splat
        local.tee $15
        local.get $2
        v128.load
        local.tee $16
        i16x8.extend_low_i8x16_s
        local.tee $17
        i32x4.extend_low_i16x8_s
        f32x4.convert_i32x4_s
        f32x4.mul
        f32x4.add
        local.set $6
        local.get $7
        local.get $15
        local.get $17
        i32x4.extend_high_i16x8_s
        f32x4.convert_i32x4_s
        f32x4.mul
        f32x4.add
        local.set $7
        local.get $8
        local.get $15
        local.get $16
        i16x8.extend_high_i8x16_s
        local.tee $16
        i32x4.extend_low_i16x8_s
        f32x4.convert_i32x4_s
        f32x4.mul
        f32x4.add
        local.set $8
        local.get $9
        local.get $15
        local.get $16
        i32x4.extend_high_i16x8_s
        f32x4.convert_i32x4_s
        f32x4.mul
        f32x4.add
        local.set $9
        local.get $2
        local.get $3
        i32.add
        local.set $2
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
      local.get $6
      v128.store
      local.get $0
      local.get $7
      v128.store offset=16
      local.get $0
      local.get $8
      v128.store offset=32
      local.get $0
      local.get $9
      v128.store offset=48
      local.get $1
      i32.const 16
      i32.add
      local.set $1
      br $for-loop|0
     end
    end
   else
    i32.const 0
    local.set $1
    loop $for-loop|00
     local.get $1
     local.get $3
     i32.lt_s
     if
      f32.const 0
      local.set $10
      i32.const 0
      local.set $0
      loop $for-loop|11
       local.get $0
       local.get $12
       i32.lt_s
       if
        local.get $10
        local.get $11
        local.get $0
        i32.const 2
        i32.shl
        i32.add
        f32.load
        local.get $13
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
        local.set $10
        local.get $0
        i32.const 1
        i32.add
        local.set $0
        br $for-loop|11
       end
      end
      local.get $4
      local.get $1
      i32.const 2
      i32.shl
      i32.add
      local.get $10
      f32.store
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|00
     end
    end
   end
  else
   local.get $1
   local.get $2
   i32.const 11
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.tee $0
   i32.const 0
   local.get $5
   select
   if
    local.get $3
    i32.const 2
    i32.shl
    local.set $3
    i32.const 0
    local.set $2
    loop $for-loop|02
     local.get $2
     local.get $3
     i32.lt_u
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $6
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $7
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $8
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $9
      i32.const 0
      local.set $1
      loop $for-loop|13
       local.get $1
       local.get $12
       i32.lt_s
       if
        local.get $6
        local.get $1
        i32.const 2
        i32.shl
        local.tee $5
        local.get $14
        i32.add
        v128.load32_splat
        local.tee $15
        local.get $0
        local.get $5
        local.get $11
        i32.add
        i32.load
        local.get $3
        i32.mul
        i32.add
        local.get $2
        i32.add
        local.tee $5
        v128.load
        f32x4.mul
        f32x4.add
        local.set $6
        local.get $7
        local.get $15
        local.get $5
        v128.load offset=16
        f32x4.mul
        f32x4.add
        local.set $7
        local.get $8
        local.get $15
        local.get $5
        v128.load offset=32
        f32x4.mul
        f32x4.add
        local.set $8
        local.get $9
        local.get $15
        local.get $5
        v128.load offset=48
        f32x4.mul
        f32x4.add
        local.set $9
        local.get $1
        i32.const 1
        i32.add
        local.set $1
        br $for-loop|13
       end
      end
      local.get $2
      local.get $4
      i32.add
      local.tee $1
      local.get $6
      v128.store
      local.get $1
      local.get $7
      v128.store offset=16
      local.get $1
      local.get $8
      v128.store offset=32
      local.get $1
      local.get $9
      v128.store offset=48
      local.get $2
      i32.const -64
      i32.sub
      local.set $2
      br $for-loop|02
     end
    end
   else
    local.get $5
    if
     i32.const 0
     local.set $1
     loop $for-loop|04
      local.get $1
      local.get $3
      i32.lt_s
      if
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $6
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $7
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $8
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $9
       i32.const 0
       local.set $0
       loop $for-loop|15
        local.get $0
        local.get $12
        i32.lt_s
        if
         local.get $6
         local.get $0
         i32.const 2
         i32.shl
         local.tee $2
         local.get $14
         i32.add
         v128.load32_splat
         local.tee $15
         local.get $13
         local.get $2
         local.get $11
         i32.add
         i32.load
         local.get $3
         i32.mul
         i32.add
         local.get $1
         i32.add
         v128.load
         local.tee $16
         i16x8.extend_low_i8x16_s
         local.tee $17
         i32x4.extend_low_i16x8_s
         f32x4.convert_i32x4_s
         f32x4.mul
         f32x4.add
         local.set $6
         local.get $7
         local.get $15
         local.get $17
         i32x4.extend_high_i16x8_s
         f32x4.convert_i32x4_s
         f32x4.mul
         f32x4.add
         local.set $7
         local.get $8
         local.get $15
         local.get $16
         i16x8.extend_high_i8x16_s
         local.tee $16
         i32x4.extend_low_i16x8_s
         f32x4.convert_i32x4_s
         f32x4.mul
         f32x4.add
         local.set $8
         local.get $9
         local.get $15
         local.get $16
         i32x4.extend_high_i16x8_s
         f32x4.convert_i32x4_s
         f32x4.mul
         f32x4.add
         local.set $9
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|15
        end
       end
       local.get $4
       local.get $1
       i32.const 2
       i32.shl
       i32.add
       local.tee $0
       local.get $6
       v128.store
       local.get $0
       local.get $7
       v128.store offset=16
       local.get $0
       local.get $8
       v128.store offset=32
       local.get $0
       local.get $9
       v128.store offset=48
       local.get $1
       i32.const 16
       i32.add
       local.set $1
       br $for-loop|04
      end
     end
    else
     i32.const 0
     local.set $1
     loop $for-loop|06
      local.get $1
      local.get $3
      i32.lt_s
      if
       f32.const 0
       local.set $10
       i32.const 0
       local.set $0
       loop $for-loop|17
        local.get $0
        local.get $12
        i32.lt_s
        if
         local.get $10
         local.get $0
         i32.const 2
         i32.shl
         local.tee $2
         local.get $14
         i32.add
         f32.load
         local.get $13
         local.get $2
         local.get $11
         i32.add
         i32.load
         local.get $3
         i32.mul
         i32.add
         local.get $1
         i32.add
         i32.load8_s
         f32.convert_i32_s
         f32.mul
         f32.add
         local.set $10
         local.get $0
         i32.const 1
         i32.add
         local.set $0
         br $for-loop|17
        end
       end
       local.get $4
       local.get $1
       i32.const 2
       i32.shl
       i32.add
       local.get $10
       f32.store
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|06
      end
     end
    end
   end
  end
 )
 (func $~lib/math/NativeMathf.exp (param $0 f32) (result f32)
  (local $1 f64)
  (local $2 i64)
  (local $3 i32)
  (local $4 i32)
  (local $5 f64)
  local.get $0
  f64.promote_f32
  local.set $1
  block $~lib/util/math/expf_lut|inlined.0 (result f32)
   local.get $0
   i32.reinterpret_f32
   local.tee $3
   i32.const 20
   i32.shr_u
   i32.const 2047
   i32.and
   local.tee $4
   i32.const 1067
   i32.ge_u
   if
    f32.const 0
    local.get $3
    i32.const -8388608
    i32.eq
    br_if $~lib/util/math/expf_lut|inlined.0
    drop
    local.get $0
    local.get $0
    f32.add
    local.get $4
    i32.const 2040
    i32.ge_u
    br_if $~lib/util/math/expf_lut|inlined.0
    drop
    local.get $0
    f32.const 1701411834604692317316873e14
    f32.mul
    local.get $0
    f32.const 88.72283172607422
    f32.gt
    br_if $~lib/util/math/expf_lut|inlined.0
    drop
    f32.const 0
    local.get $0
    f32.const -103.97207641601562
    f32.lt
    br_if $~lib/util/math/expf_lut|inlined.0
    drop
   end
   local.get $1
   f64.const 46.16624130844683
   f64.mul
   local.tee $1
   f64.const 6755399441055744
   f64.add
   local.tee $5
   i64.reinterpret_f64
   local.set $2
   local.get $1
   local.get $5
   f64.const -6755399441055744
   f64.add
   f64.sub
   local.tee $1
   f64.const 0.021660849396613134
   f64.mul
   f64.const 1
   f64.add
   local.get $1
   f64.const 1.6938359250920212e-06
   f64.mul
   f64.const 2.3459809789509004e-04
   f64.add
   local.get $1
   local.get $1
   f64.mul
   f64.mul
   f64.add
   local.get $2
   i32.wrap_i64
   i32.const 31
   i32.and
   i32.const 3
   i32.shl
   i32.const 1024
   i32.add
   i64.load
   local.get $2
   i64.const 47
   i64.shl
   i64.add
   f64.reinterpret_i64
   f64.mul
   f32.demote_f64
  end
 )
 (func $assembly/driver/critic_goal_terms (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  local.get $0
  i32.load
  local.tee $8
  i32.const 2
  i32.shl
  local.set $9
  loop $for-loop|0
   local.get $2
   local.get $7
   i32.gt_s
   if
    local.get $1
    local.get $7
    i32.const 4
    i32.shl
    i32.add
    local.get $0
    i32.const 4
    local.get $8
    local.get $4
    local.get $5
    call $assembly/driver/partial
    local.get $5
    if
     local.get $0
     i32.load offset=20
     local.set $10
     local.get $3
     local.get $7
     local.get $9
     i32.mul
     i32.add
     local.set $11
     i32.const 0
     local.set $6
     loop $for-loop|00
      local.get $6
      local.get $8
      i32.const 2
      i32.shl
      i32.lt_u
      if
       local.get $6
       local.get $11
       i32.add
       local.get $6
       local.get $10
       i32.add
       v128.load
       local.get $4
       local.get $6
       i32.add
       v128.load
       f32x4.mul
       v128.store
       local.get $6
       i32.const 16
       i32.add
       local.set $6
       br $for-loop|00
      end
     end
    else
     local.get $0
     i32.load offset=20
     local.set $10
     local.get $3
     local.get $7
     local.get $9
     i32.mul
     i32.add
     local.set $11
     i32.const 0
     local.set $6
     loop $for-loop|01
      local.get $6
      local.get $8
      i32.const 2
      i32.shl
      i32.lt_u
      if
       local.get $6
       local.get $11
       i32.add
       local.get $6
       local.get $10
       i32.add
       f32.load
       local.get $4
       local.get $6
       i32.add
       f32.load
       f32.mul
       f32.store
       local.get $6
       i32.const 4
       i32.add
       local.set $6
       br $for-loop|01
      end
     end
    end
    local.get $7
    i32.const 1
    i32.add
    local.set $7
    br $for-loop|0
   end
  end
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
 (func $assembly/kernels/prepare/w1_widen_f32 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  loop $for-loop|0
   local.get $1
   local.get $3
   i32.gt_u
   if
    local.get $2
    local.get $3
    i32.const 2
    i32.shl
    i32.add
    local.tee $4
    local.get $0
    local.get $3
    i32.add
    v128.load
    local.tee $5
    i16x8.extend_low_i8x16_s
    local.tee $6
    i32x4.extend_low_i16x8_s
    f32x4.convert_i32x4_s
    v128.store
    local.get $4
    local.get $6
    i32x4.extend_high_i16x8_s
    f32x4.convert_i32x4_s
    v128.store offset=16
    local.get $4
    local.get $5
    i16x8.extend_high_i8x16_s
    local.tee $5
    i32x4.extend_low_i16x8_s
    f32x4.convert_i32x4_s
    v128.store offset=32
    local.get $4
    local.get $5
    i32x4.extend_high_i16x8_s
    f32x4.convert_i32x4_s
    v128.store offset=48
    local.get $3
    i32.const 16
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
 )
 (func $assembly/kernels/gemm_i16_w8_i32/gemm_i16_w8_i32_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 v128)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  local.get $2
  i32.const 1
  i32.shl
  local.set $17
  local.get $2
  i32.const 1
  i32.shr_s
  local.set $20
  local.get $4
  i32.const 2
  i32.shl
  local.set $18
  loop $for-loop|0
   local.get $1
   local.get $8
   i32.gt_s
   if
    local.get $17
    local.get $0
    local.get $8
    local.get $17
    i32.mul
    i32.add
    local.tee $19
    i32.add
    local.get $19
    local.get $8
    i32.const 1
    i32.add
    local.get $1
    i32.lt_s
    local.tee $21
    select
    local.set $22
    local.get $5
    local.get $4
    local.get $8
    i32.mul
    i32.const 2
    i32.shl
    i32.add
    local.tee $23
    local.get $18
    i32.add
    local.set $24
    i32.const 0
    local.set $9
    loop $for-loop|1
     local.get $4
     local.get $9
     i32.gt_s
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $6
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $11
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $12
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $13
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $14
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $15
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $16
      local.get $3
      local.get $9
      i32.const 2
      i32.shl
      i32.add
      local.set $2
      i32.const 0
      local.set $7
      loop $for-loop|2
       local.get $7
       local.get $20
       i32.lt_s
       if
        local.get $6
        local.get $7
        i32.const 2
        i32.shl
        local.tee $25
        local.get $19
        i32.add
        v128.load32_splat
        local.tee $29
        local.get $2
        v128.load
        local.tee $26
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $6
        local.get $10
        local.get $29
        local.get $2
        v128.load offset=16
        local.tee $27
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $10
        local.get $11
        local.get $29
        local.get $2
        v128.load offset=32
        local.tee $28
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $11
        local.get $12
        local.get $29
        local.get $2
        v128.load offset=48
        local.tee $30
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $12
        local.get $13
        local.get $22
        local.get $25
        i32.add
        v128.load32_splat
        local.tee $29
        local.get $26
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $13
        local.get $14
        local.get $29
        local.get $27
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $14
        local.get $15
        local.get $29
        local.get $28
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $15
        local.get $16
        local.get $29
        local.get $30
        i32x4.dot_i16x8_s
        i32x4.add
        local.set $16
        local.get $2
        local.get $18
        i32.add
        local.set $2
        local.get $7
        i32.const 1
        i32.add
        local.set $7
        br $for-loop|2
       end
      end
      local.get $9
      i32.const 2
      i32.shl
      local.tee $2
      local.get $23
      i32.add
      local.tee $7
      local.get $6
      v128.store
      local.get $7
      local.get $10
      v128.store offset=16
      local.get $7
      local.get $11
      v128.store offset=32
      local.get $7
      local.get $12
      v128.store offset=48
      local.get $21
      if
       local.get $2
       local.get $24
       i32.add
       local.tee $2
       local.get $13
       v128.store
       local.get $2
       local.get $14
       v128.store offset=16
       local.get $2
       local.get $15
       v128.store offset=32
       local.get $2
       local.get $16
       v128.store offset=48
      end
      local.get $9
      i32.const 16
      i32.add
      local.set $9
      br $for-loop|1
     end
    end
    local.get $8
    i32.const 2
    i32.add
    local.set $8
    br $for-loop|0
   end
  end
 )
 (func $assembly/index/relaxed_simd (result i32)
  i32.const 0
 )
 (func $assembly/index/heap_base (result i32)
  i32.const 1280
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
 (func $assembly/driver/critic_score (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 v128)
  (local $13 i32)
  (local $14 f32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 f32)
  (local $20 f32)
  (local $21 f32)
  (local $22 f32)
  (local $23 v128)
  (local $24 f32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  local.get $0
  i32.load offset=4
  local.set $16
  local.get $0
  i32.load
  local.tee $13
  i32.const 2
  i32.shl
  local.tee $15
  local.get $8
  i32.add
  local.tee $25
  local.get $15
  i32.add
  local.tee $18
  local.get $3
  local.get $15
  i32.mul
  i32.add
  local.tee $10
  local.set $17
  local.get $6
  if
   local.get $6
   local.set $10
  else
   local.get $10
   local.get $5
   local.get $15
   i32.mul
   i32.add
   local.set $17
   local.get $0
   local.get $4
   local.get $5
   local.get $10
   local.get $25
   local.get $9
   call $assembly/driver/critic_goal_terms
  end
  local.get $17
  local.get $13
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
  local.set $6
  local.get $1
  local.get $0
  i32.const 2
  local.get $13
  local.get $8
  local.get $9
  call $assembly/driver/partial
  local.get $25
  i32.const 0
  local.get $15
  memory.fill
  loop $for-loop|0
   local.get $3
   local.get $11
   i32.gt_s
   if
    local.get $2
    if
     local.get $2
     local.get $11
     i32.const 4
     i32.shl
     i32.add
     local.get $0
     i32.const 3
     local.get $13
     local.get $25
     local.get $9
     call $assembly/driver/partial
    end
    local.get $9
    if
     local.get $0
     i32.load offset=20
     local.set $26
     local.get $0
     i32.load offset=24
     local.set $27
     local.get $18
     local.get $11
     local.get $15
     i32.mul
     i32.add
     local.set $28
     i32.const 0
     local.set $1
     loop $for-loop|00
      local.get $1
      local.get $13
      i32.const 2
      i32.shl
      i32.lt_u
      if
       local.get $1
       local.get $28
       i32.add
       local.get $1
       local.get $26
       i32.add
       v128.load
       local.get $1
       local.get $8
       i32.add
       v128.load
       local.get $1
       local.get $25
       i32.add
       v128.load
       f32x4.add
       f32x4.mul
       local.get $1
       local.get $27
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
     local.set $26
     local.get $0
     i32.load offset=24
     local.set $27
     local.get $18
     local.get $11
     local.get $15
     i32.mul
     i32.add
     local.set $28
     i32.const 0
     local.set $1
     loop $for-loop|01
      local.get $1
      local.get $13
      i32.const 2
      i32.shl
      i32.lt_u
      if
       local.get $1
       local.get $28
       i32.add
       local.get $1
       local.get $26
       i32.add
       f32.load
       local.get $1
       local.get $8
       i32.add
       f32.load
       local.get $1
       local.get $25
       i32.add
       f32.load
       f32.add
       f32.mul
       local.get $1
       local.get $27
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
    local.get $11
    i32.const 1
    i32.add
    local.set $11
    br $for-loop|0
   end
  end
  local.get $3
  local.get $5
  i32.mul
  local.set $27
  local.get $0
  i32.load offset=48
  f32.load
  local.set $22
  i32.const 0
  local.set $8
  loop $for-loop|1
   local.get $8
   local.get $27
   i32.lt_s
   if
    i32.const 32
    local.get $27
    local.get $8
    i32.sub
    local.tee $1
    local.get $1
    i32.const 32
    i32.gt_s
    select
    local.set $28
    i32.const 0
    local.set $1
    loop $for-loop|2
     local.get $1
     local.get $28
     i32.lt_s
     if
      local.get $1
      local.get $8
      i32.add
      local.tee $2
      local.get $5
      i32.div_s
      local.set $3
      local.get $2
      local.get $3
      local.get $5
      i32.mul
      i32.sub
      local.set $2
      local.get $17
      local.get $1
      local.get $13
      i32.mul
      i32.const 1
      i32.shl
      i32.add
      local.set $11
      local.get $9
      if
       local.get $18
       local.get $3
       local.get $15
       i32.mul
       i32.add
       local.set $25
       local.get $10
       local.get $2
       local.get $15
       i32.mul
       i32.add
       local.set $2
       local.get $13
       i32.const 2
       i32.shl
       local.set $26
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $12
       i32.const 0
       local.set $3
       loop $for-loop|04
        local.get $3
        local.get $26
        i32.lt_u
        if
         local.get $12
         local.get $3
         local.get $25
         i32.add
         v128.load
         local.get $2
         local.get $3
         i32.add
         v128.load
         f32x4.add
         f32x4.max
         local.set $12
         local.get $3
         i32.const 16
         i32.add
         local.set $3
         br $for-loop|04
        end
       end
       f32.const 127
       local.get $12
       f32x4.extract_lane 0
       local.get $12
       f32x4.extract_lane 1
       f32.max
       local.get $12
       f32x4.extract_lane 2
       local.get $12
       f32x4.extract_lane 3
       f32.max
       f32.max
       local.tee $14
       f32.div
       f32.const 0
       local.get $14
       f32.const 0
       f32.gt
       select
       f32x4.splat
       local.set $12
       i32.const 0
       local.set $3
       loop $for-loop|15
        local.get $3
        local.get $26
        i32.lt_u
        if
         local.get $11
         local.get $3
         i32.const 1
         i32.shr_u
         i32.add
         local.get $3
         local.get $25
         i32.add
         local.tee $29
         v128.load
         local.get $2
         local.get $3
         i32.add
         local.tee $30
         v128.load
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.max
         local.get $12
         f32x4.mul
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         f32x4.add
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         i32x4.sub
         local.get $29
         v128.load offset=16
         local.get $30
         v128.load offset=16
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.max
         local.get $12
         f32x4.mul
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         f32x4.add
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         i32x4.sub
         i16x8.narrow_i32x4_s
         v128.store
         local.get $3
         i32.const 32
         i32.add
         local.set $3
         br $for-loop|15
        end
       end
      else
       local.get $18
       local.get $3
       local.get $15
       i32.mul
       i32.add
       local.set $25
       local.get $10
       local.get $2
       local.get $15
       i32.mul
       i32.add
       local.set $2
       f32.const 0
       local.set $14
       i32.const 0
       local.set $3
       loop $for-loop|02
        local.get $3
        local.get $13
        i32.const 2
        i32.shl
        i32.lt_u
        if
         local.get $3
         local.get $25
         i32.add
         f32.load
         local.get $2
         local.get $3
         i32.add
         f32.load
         f32.add
         local.get $14
         f32.max
         local.set $14
         local.get $3
         i32.const 4
         i32.add
         local.set $3
         br $for-loop|02
        end
       end
       f32.const 127
       local.get $14
       f32.div
       f32.const 0
       local.get $14
       f32.const 0
       f32.gt
       select
       local.set $19
       i32.const 0
       local.set $3
       loop $for-loop|13
        local.get $3
        local.get $13
        i32.const 2
        i32.shl
        i32.lt_u
        if
         local.get $11
         local.get $3
         i32.const 1
         i32.shr_u
         i32.add
         local.get $3
         local.get $25
         i32.add
         f32.load
         local.get $2
         local.get $3
         i32.add
         f32.load
         f32.add
         f32.const 0
         f32.max
         local.get $19
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
         br $for-loop|13
        end
       end
      end
      local.get $4
      local.get $1
      i32.const 2
      i32.shl
      i32.add
      local.get $14
      f32.const 127
      f32.div
      f32.const 0
      local.get $14
      f32.const 0
      f32.gt
      select
      f32.store
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|2
     end
    end
    local.get $7
    local.get $8
    i32.const 2
    i32.shl
    i32.add
    local.set $29
    local.get $9
    if
     local.get $17
     local.get $28
     local.get $13
     local.get $0
     i32.load offset=32
     local.get $16
     local.get $6
     call $assembly/kernels/gemm_i16_w8_i32/gemm_i16_w8_i32_simd
     local.get $0
     i32.load offset=36
     local.set $2
     local.get $0
     i32.load offset=40
     local.set $11
     local.get $0
     i32.load offset=44
     local.set $25
     local.get $16
     i32.const 2
     i32.shl
     local.set $26
     i32.const 0
     local.set $1
     loop $for-loop|06
      local.get $1
      local.get $28
      i32.lt_s
      if
       local.get $6
       local.get $1
       local.get $26
       i32.mul
       i32.add
       local.set $30
       local.get $4
       local.get $1
       i32.const 2
       i32.shl
       i32.add
       f32.load
       f32x4.splat
       local.set $23
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $12
       i32.const 0
       local.set $3
       loop $for-loop|17
        local.get $3
        local.get $26
        i32.lt_u
        if
         local.get $12
         local.get $3
         local.get $30
         i32.add
         v128.load
         f32x4.convert_i32x4_s
         local.get $23
         local.get $2
         local.get $3
         i32.add
         v128.load
         f32x4.mul
         f32x4.mul
         local.get $3
         local.get $11
         i32.add
         v128.load
         f32x4.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.max
         local.get $3
         local.get $25
         i32.add
         v128.load
         f32x4.mul
         f32x4.add
         local.set $12
         local.get $3
         i32.const 16
         i32.add
         local.set $3
         br $for-loop|17
        end
       end
       local.get $29
       local.get $1
       i32.const 2
       i32.shl
       i32.add
       f32.const 1
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
       local.get $22
       f32.add
       f32.neg
       call $~lib/math/NativeMathf.exp
       f32.const 1
       f32.add
       f32.div
       f32.store
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|06
      end
     end
    else
     local.get $0
     i32.load offset=28
     local.set $25
     i32.const 0
     local.set $11
     loop $for-loop|08
      local.get $11
      local.get $28
      i32.lt_s
      if
       local.get $17
       local.get $11
       local.get $13
       i32.mul
       i32.const 1
       i32.shl
       i32.add
       local.set $26
       i32.const 0
       local.set $3
       loop $for-loop|19
        local.get $3
        local.get $16
        i32.lt_s
        if
         local.get $25
         local.get $3
         local.get $13
         i32.mul
         i32.add
         local.set $30
         i32.const 0
         local.set $2
         i32.const 0
         local.set $1
         loop $for-loop|210
          local.get $1
          local.get $13
          i32.lt_s
          if
           local.get $2
           local.get $26
           local.get $1
           i32.const 1
           i32.shl
           i32.add
           i32.load16_s
           local.get $1
           local.get $30
           i32.add
           i32.load8_s
           i32.mul
           i32.add
           local.set $2
           local.get $1
           i32.const 1
           i32.add
           local.set $1
           br $for-loop|210
          end
         end
         local.get $6
         local.get $11
         local.get $16
         i32.mul
         local.get $3
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.get $2
         i32.store
         local.get $3
         i32.const 1
         i32.add
         local.set $3
         br $for-loop|19
        end
       end
       local.get $11
       i32.const 1
       i32.add
       local.set $11
       br $for-loop|08
      end
     end
     local.get $0
     i32.load offset=36
     local.set $30
     local.get $0
     i32.load offset=40
     local.set $31
     local.get $0
     i32.load offset=44
     local.set $32
     i32.const 0
     local.set $1
     local.get $16
     i32.const 2
     i32.shl
     local.set $33
     loop $for-loop|03
      local.get $1
      local.get $28
      i32.lt_s
      if
       local.get $6
       local.get $1
       local.get $33
       i32.mul
       i32.add
       local.set $34
       local.get $4
       local.get $1
       i32.const 2
       i32.shl
       i32.add
       f32.load
       local.set $24
       f32.const 0
       local.set $14
       f32.const 0
       local.set $19
       f32.const 0
       local.set $20
       f32.const 0
       local.set $21
       i32.const 0
       local.set $3
       loop $for-loop|14
        local.get $3
        local.get $33
        i32.lt_u
        if
         local.get $14
         local.get $3
         local.get $34
         i32.add
         local.tee $2
         i32.load
         f32.convert_i32_s
         local.get $24
         local.get $3
         local.get $30
         i32.add
         local.tee $11
         f32.load
         f32.mul
         f32.mul
         local.get $3
         local.get $31
         i32.add
         local.tee $25
         f32.load
         f32.add
         f32.const 0
         f32.max
         local.get $3
         local.get $32
         i32.add
         local.tee $26
         f32.load
         f32.mul
         f32.add
         local.set $14
         local.get $19
         local.get $2
         i32.load offset=4
         f32.convert_i32_s
         local.get $24
         local.get $11
         f32.load offset=4
         f32.mul
         f32.mul
         local.get $25
         f32.load offset=4
         f32.add
         f32.const 0
         f32.max
         local.get $26
         f32.load offset=4
         f32.mul
         f32.add
         local.set $19
         local.get $20
         local.get $2
         i32.load offset=8
         f32.convert_i32_s
         local.get $24
         local.get $11
         f32.load offset=8
         f32.mul
         f32.mul
         local.get $25
         f32.load offset=8
         f32.add
         f32.const 0
         f32.max
         local.get $26
         f32.load offset=8
         f32.mul
         f32.add
         local.set $20
         local.get $21
         local.get $2
         i32.load offset=12
         f32.convert_i32_s
         local.get $24
         local.get $11
         f32.load offset=12
         f32.mul
         f32.mul
         local.get $25
         f32.load offset=12
         f32.add
         f32.const 0
         f32.max
         local.get $26
         f32.load offset=12
         f32.mul
         f32.add
         local.set $21
         local.get $3
         i32.const 16
         i32.add
         local.set $3
         br $for-loop|14
        end
       end
       local.get $29
       local.get $1
       i32.const 2
       i32.shl
       i32.add
       f32.const 1
       local.get $14
       local.get $19
       f32.add
       local.get $20
       local.get $21
       f32.add
       f32.add
       local.get $22
       f32.add
       f32.neg
       call $~lib/math/NativeMathf.exp
       f32.const 1
       f32.add
       f32.div
       f32.store
       local.get $1
       i32.const 1
       i32.add
       local.set $1
       br $for-loop|03
      end
     end
    end
    local.get $8
    i32.const 32
    i32.add
    local.set $8
    br $for-loop|1
   end
  end
 )
)
