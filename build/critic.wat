(module
 (type $0 (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $1 (func (param i32 i32 i32 i32)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32 i32 i32 i32 f32 i32 i32 i32)))
 (type $4 (func (result i32)))
 (type $5 (func (param i32 f32 i32 i32)))
 (type $6 (func (param i32 i32 i32 i32 i32 i32 i32) (result f32)))
 (type $7 (func (param i32 i32 i32 i32 i32 f32 i32)))
 (type $8 (func (param i32 i32 i32 i32 i32) (result i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $10 (func (param i32) (result i32)))
 (type $11 (func (param i32 i32 i32 i32 i32 i32 i32)))
 (memory $0 0)
 (export "relaxed_simd" (func $assembly/index/relaxed_simd))
 (export "heap_base" (func $assembly/index/heap_base))
 (export "critic_score" (func $assembly/driver/critic_score))
 (export "critic_goal_terms" (func $assembly/driver/critic_goal_terms))
 (export "critic_scratch_bytes" (func $assembly/driver/critic_scratch_bytes))
 (export "critic_outcome_probs" (func $assembly/driver/critic_outcome_probs))
 (export "critic_outcome_scratch_bytes" (func $assembly/driver/critic_outcome_scratch_bytes))
 (export "w2_prepare_simd" (func $assembly/kernels/prepare/w2_prepare_simd))
 (export "w3_dequant_f32" (func $assembly/kernels/prepare/w3_dequant_f32))
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
  (local $22 f32)
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
  local.set $9
  local.get $0
  i32.load offset=4
  local.set $10
  local.get $0
  i32.load offset=8
  local.set $2
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
     local.get $9
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
   local.get $6
   if (result f32)
    local.get $10
    local.get $2
    local.get $9
    local.get $7
    local.get $0
    local.get $5
    local.get $5
    local.get $7
    i32.const 1
    i32.shl
    i32.const 19
    i32.add
    i32.const -16
    i32.and
    i32.add
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
       local.tee $20
       local.get $10
       i32.add
       i32.load
       local.tee $21
       local.get $0
       i32.ge_u
       br_if $__inlined_func$assembly/kernels/feature_values/feature_values_i16$3
       drop
       f32.const -1
       local.get $2
       local.get $20
       i32.add
       f32.load
       local.get $9
       local.get $21
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
     local.set $22
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
       local.get $2
       i32.add
       f32.load
       local.get $9
       local.get $1
       local.get $10
       i32.add
       i32.load
       i32.const 2
       i32.shl
       i32.add
       f32.load
       f32.mul
       local.get $22
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
 (func $assembly/kernels/feature_values/feature_values_i16_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (result f32)
  (local $7 f32)
  (local $8 f32)
  (local $9 v128)
  (local $10 f32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 v128)
  loop $for-loop|0
   local.get $3
   local.get $14
   i32.gt_s
   if
    local.get $0
    local.get $14
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $12
    local.get $4
    i32.ge_u
    if
     f32.const -1
     return
    end
    local.get $14
    i32.const 2
    i32.shl
    local.tee $11
    local.get $6
    i32.add
    local.get $1
    local.get $11
    i32.add
    f32.load
    local.get $2
    local.get $12
    i32.const 2
    i32.shl
    i32.add
    f32.load
    f32.mul
    f32.store
    local.get $14
    i32.const 1
    i32.add
    local.set $14
    br $for-loop|0
   end
  end
  v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff
  local.set $13
  i32.const 0
  local.set $0
  loop $for-loop|1
   local.get $0
   i32.const 4
   i32.add
   local.tee $1
   local.get $3
   i32.le_s
   if
    local.get $13
    local.get $6
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    v128.load
    f32x4.abs
    local.tee $9
    v128.const i32x4 0x7f7fffff 0x7f7fffff 0x7f7fffff 0x7f7fffff
    f32x4.le
    v128.and
    local.set $13
    local.get $15
    local.get $9
    f32x4.pmax
    local.set $15
    local.get $1
    local.set $0
    br $for-loop|1
   end
  end
  local.get $13
  i32x4.all_true
  i32.eqz
  if
   f32.const -1
   return
  end
  local.get $15
  f32x4.extract_lane 0
  local.tee $8
  local.get $15
  f32x4.extract_lane 1
  local.tee $7
  f32.lt
  i32.eqz
  if
   local.get $8
   local.set $7
  end
  local.get $15
  f32x4.extract_lane 2
  local.tee $8
  local.get $7
  f32.gt
  i32.eqz
  if
   local.get $7
   local.set $8
  end
  local.get $15
  f32x4.extract_lane 3
  local.tee $7
  local.get $8
  f32.gt
  i32.eqz
  if
   local.get $8
   local.set $7
  end
  loop $for-loop|2
   local.get $0
   local.get $3
   i32.lt_s
   if
    local.get $6
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    f32.load
    f32.abs
    local.tee $8
    f32.const 3402823466385288598117041e14
    f32.le
    i32.eqz
    if
     f32.const -1
     return
    end
    local.get $8
    local.get $7
    local.get $7
    local.get $8
    f32.lt
    select
    local.set $7
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|2
   end
  end
  local.get $5
  local.get $3
  i32.const 1
  i32.shl
  i32.add
  i32.const 0
  i32.store16
  local.get $7
  f32.const 0
  f32.gt
  i32.eqz
  if
   i32.const 0
   local.set $0
   loop $for-loop|3
    local.get $0
    local.get $3
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
     br $for-loop|3
    end
   end
   f32.const 0
   return
  end
  f32.const 32767
  local.get $7
  f32.div
  local.tee $8
  f32x4.splat
  local.set $9
  i32.const 0
  local.set $0
  loop $for-loop|4
   local.get $0
   i32.const 8
   i32.add
   local.tee $1
   local.get $3
   i32.le_s
   if
    local.get $5
    local.get $0
    i32.const 1
    i32.shl
    i32.add
    v128.const i32x4 0xffff8001 0xffff8001 0xffff8001 0xffff8001
    v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
    local.get $6
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    local.tee $0
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
    local.get $0
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
    local.get $1
    local.set $0
    br $for-loop|4
   end
  end
  loop $for-loop|5
   local.get $0
   local.get $3
   i32.lt_s
   if
    local.get $5
    local.get $0
    i32.const 1
    i32.shl
    i32.add
    f32.const 32767
    f32.const -32767
    local.get $6
    local.get $0
    i32.const 2
    i32.shl
    i32.add
    f32.load
    local.get $8
    f32.mul
    f32.nearest
    local.tee $10
    local.get $10
    f32.const -32767
    f32.lt
    select
    local.get $10
    f32.const 32767
    f32.gt
    select
    i32.trunc_sat_f32_s
    i32.store16
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|5
   end
  end
  local.get $7
  f32.const 32767
  f32.div
 )
 (func $assembly/kernels/embed_bag_i8_i16_i32/embed_bag_i8_i16_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 f32) (param $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 v128)
  (local $25 i32)
  (local $26 v128)
  local.get $1
  local.set $8
  local.get $5
  f32x4.splat
  local.set $10
  local.get $4
  i32.const 1
  i32.sub
  local.set $19
  loop $do-loop|0
   local.get $7
   i32.const 512
   i32.add
   local.tee $1
   local.get $4
   local.get $1
   local.get $4
   i32.lt_s
   select
   local.set $9
   local.get $7
   i32.eqz
   local.set $11
   i32.const 0
   local.set $12
   loop $for-loop|1
    local.get $12
    i32.const 32
    i32.add
    local.get $8
    i32.le_u
    if
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $13
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $14
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $15
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $16
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $17
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $18
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $20
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $21
     local.get $7
     local.set $1
     loop $for-loop|2
      local.get $1
      local.get $9
      i32.lt_s
      if
       local.get $13
       local.get $0
       local.get $2
       local.get $1
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.get $8
       i32.mul
       i32.add
       local.get $12
       i32.add
       local.tee $23
       v128.load8x8_s align=1
       local.tee $24
       local.get $0
       local.get $2
       local.get $1
       i32.const 1
       i32.add
       local.tee $25
       local.get $19
       local.get $19
       local.get $25
       i32.gt_s
       select
       i32.const 2
       i32.shl
       i32.add
       i32.load
       local.get $8
       i32.mul
       i32.add
       local.get $12
       i32.add
       local.tee $25
       v128.load8x8_s align=1
       local.tee $26
       i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
       local.get $3
       local.get $1
       i32.const 1
       i32.shl
       i32.add
       v128.load32_splat
       local.tee $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $13
       local.get $14
       local.get $24
       local.get $26
       i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $14
       local.get $15
       local.get $23
       v128.load8x8_s offset=8 align=1
       local.tee $24
       local.get $25
       v128.load8x8_s offset=8 align=1
       local.tee $26
       i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $15
       local.get $16
       local.get $24
       local.get $26
       i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $16
       local.get $17
       local.get $23
       v128.load8x8_s offset=16 align=1
       local.tee $24
       local.get $25
       v128.load8x8_s offset=16 align=1
       local.tee $26
       i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $17
       local.get $18
       local.get $24
       local.get $26
       i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $18
       local.get $20
       local.get $23
       v128.load8x8_s offset=24 align=1
       local.tee $24
       local.get $25
       v128.load8x8_s offset=24 align=1
       local.tee $26
       i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $20
       local.get $21
       local.get $24
       local.get $26
       i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
       local.get $22
       i32x4.dot_i16x8_s
       i32x4.add
       local.set $21
       local.get $1
       i32.const 2
       i32.add
       local.set $1
       br $for-loop|2
      end
     end
     local.get $13
     f32x4.convert_i32x4_s
     local.get $10
     f32x4.mul
     local.set $13
     local.get $6
     local.get $12
     i32.const 2
     i32.shl
     i32.add
     local.tee $1
     local.get $11
     if (result v128)
      local.get $13
     else
      local.get $1
      v128.load
      local.get $13
      f32x4.add
     end
     v128.store
     local.get $14
     f32x4.convert_i32x4_s
     local.get $10
     f32x4.mul
     local.set $13
     local.get $1
     local.get $11
     if (result v128)
      local.get $13
     else
      local.get $1
      v128.load offset=16
      local.get $13
      f32x4.add
     end
     v128.store offset=16
     local.get $15
     f32x4.convert_i32x4_s
     local.get $10
     f32x4.mul
     local.set $13
     local.get $1
     local.get $11
     if (result v128)
      local.get $13
     else
      local.get $1
      v128.load offset=32
      local.get $13
      f32x4.add
     end
     v128.store offset=32
     local.get $16
     f32x4.convert_i32x4_s
     local.get $10
     f32x4.mul
     local.set $13
     local.get $1
     local.get $11
     if (result v128)
      local.get $13
     else
      local.get $1
      v128.load offset=48
      local.get $13
      f32x4.add
     end
     v128.store offset=48
     local.get $17
     f32x4.convert_i32x4_s
     local.get $10
     f32x4.mul
     local.set $13
     local.get $1
     i32.const -64
     i32.sub
     local.get $11
     if (result v128)
      local.get $13
     else
      local.get $1
      i32.const -64
      i32.sub
      v128.load
      local.get $13
      f32x4.add
     end
     v128.store
     local.get $18
     f32x4.convert_i32x4_s
     local.get $10
     f32x4.mul
     local.set $13
     local.get $1
     local.get $11
     if (result v128)
      local.get $13
     else
      local.get $1
      v128.load offset=80
      local.get $13
      f32x4.add
     end
     v128.store offset=80
     local.get $20
     f32x4.convert_i32x4_s
     local.get $10
     f32x4.mul
     local.set $13
     local.get $1
     local.get $11
     if (result v128)
      local.get $13
     else
      local.get $1
      v128.load offset=96
      local.get $13
      f32x4.add
     end
     v128.store offset=96
     local.get $21
     f32x4.convert_i32x4_s
     local.get $10
     f32x4.mul
     local.set $13
     local.get $1
     local.get $11
     if (result v128)
      local.get $13
     else
      local.get $1
      v128.load offset=112
      local.get $13
      f32x4.add
     end
     v128.store offset=112
     local.get $12
     i32.const 32
     i32.add
     local.set $12
     br $for-loop|1
    end
   end
   local.get $8
   local.get $12
   i32.gt_u
   if
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $16
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    loop $for-loop|3
     local.get $7
     local.get $9
     i32.lt_s
     if
      local.get $14
      local.get $0
      local.get $2
      local.get $7
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.get $8
      i32.mul
      i32.add
      local.get $12
      i32.add
      local.tee $1
      v128.load8x8_s align=1
      local.tee $17
      local.get $0
      local.get $2
      local.get $7
      i32.const 1
      i32.add
      local.tee $23
      local.get $19
      local.get $19
      local.get $23
      i32.gt_s
      select
      i32.const 2
      i32.shl
      i32.add
      i32.load
      local.get $8
      i32.mul
      i32.add
      local.get $12
      i32.add
      local.tee $23
      v128.load8x8_s align=1
      local.tee $18
      i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
      local.get $3
      local.get $7
      i32.const 1
      i32.shl
      i32.add
      v128.load32_splat
      local.tee $20
      i32x4.dot_i16x8_s
      i32x4.add
      local.set $14
      local.get $15
      local.get $17
      local.get $18
      i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
      local.get $20
      i32x4.dot_i16x8_s
      i32x4.add
      local.set $15
      local.get $16
      local.get $1
      v128.load8x8_s offset=8 align=1
      local.tee $17
      local.get $23
      v128.load8x8_s offset=8 align=1
      local.tee $18
      i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23
      local.get $20
      i32x4.dot_i16x8_s
      i32x4.add
      local.set $16
      local.get $13
      local.get $17
      local.get $18
      i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31
      local.get $20
      i32x4.dot_i16x8_s
      i32x4.add
      local.set $13
      local.get $7
      i32.const 2
      i32.add
      local.set $7
      br $for-loop|3
     end
    end
    local.get $14
    f32x4.convert_i32x4_s
    local.get $10
    f32x4.mul
    local.set $14
    local.get $6
    local.get $12
    i32.const 2
    i32.shl
    i32.add
    local.tee $1
    local.get $11
    if (result v128)
     local.get $14
    else
     local.get $1
     v128.load
     local.get $14
     f32x4.add
    end
    v128.store
    local.get $15
    f32x4.convert_i32x4_s
    local.get $10
    f32x4.mul
    local.set $14
    local.get $1
    local.get $11
    if (result v128)
     local.get $14
    else
     local.get $1
     v128.load offset=16
     local.get $14
     f32x4.add
    end
    v128.store offset=16
    local.get $16
    f32x4.convert_i32x4_s
    local.get $10
    f32x4.mul
    local.set $14
    local.get $1
    local.get $11
    if (result v128)
     local.get $14
    else
     local.get $1
     v128.load offset=32
     local.get $14
     f32x4.add
    end
    v128.store offset=32
    local.get $13
    f32x4.convert_i32x4_s
    local.get $10
    f32x4.mul
    local.set $13
    local.get $1
    local.get $11
    if (result v128)
     local.get $13
    else
     local.get $1
     v128.load offset=48
     local.get $13
     f32x4.add
    end
    v128.store offset=48
   end
   local.get $9
   local.tee $7
   local.get $4
   i32.lt_s
   br_if $do-loop|0
  end
 )
 (func $assembly/kernels/dequant_relu_dot_sigmoid_f32/dequant_relu_dot_sigmoid_f32_simd (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 f32) (param $7 i32) (param $8 i32) (param $9 i32)
  (local $10 v128)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 f32)
  local.get $7
  i32.const 2
  i32.shl
  local.set $12
  loop $for-loop|0
   local.get $1
   local.get $11
   i32.gt_s
   if
    local.get $0
    local.get $11
    local.get $12
    i32.mul
    i32.add
    local.set $13
    local.get $2
    local.get $11
    i32.const 2
    i32.shl
    i32.add
    f32.load
    f32x4.splat
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    i32.const 0
    local.set $7
    loop $for-loop|1
     local.get $7
     local.get $12
     i32.lt_u
     if
      local.get $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.get $7
      local.get $13
      i32.add
      v128.load
      f32x4.convert_i32x4_s
      local.get $14
      local.get $3
      local.get $7
      i32.add
      v128.load
      f32x4.mul
      f32x4.mul
      local.get $4
      local.get $7
      i32.add
      v128.load
      f32x4.add
      f32x4.pmax
      local.get $5
      local.get $7
      i32.add
      v128.load
      f32x4.mul
      f32x4.add
      local.set $10
      local.get $7
      i32.const 16
      i32.add
      local.set $7
      br $for-loop|1
     end
    end
    local.get $8
    local.get $11
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
    local.get $11
    i32.const 1
    i32.add
    local.set $11
    br $for-loop|0
   end
  end
  local.get $9
  if
   return
  end
  i32.const 0
  local.set $0
  loop $for-loop|2
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
    local.set $14
    local.get $0
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
    local.get $10
    local.get $14
    v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
    f32x4.mul
    f32x4.sub
    local.get $14
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
    local.get $14
    i32x4.trunc_sat_f32x4_s
    i32.const 23
    i32x4.shl
    i32x4.add
    f32x4.add
    f32x4.div
    v128.store
    local.get $2
    local.set $0
    br $for-loop|2
   end
  end
  loop $for-loop|3
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
    local.set $15
    local.get $2
    f32.const 1
    local.get $6
    local.get $15
    f32.const 0.693359375
    f32.mul
    f32.sub
    local.get $15
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
    local.get $15
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
    br $for-loop|3
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
  i32.const 1024
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
 (func $assembly/driver/critic_score (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (result i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 f32)
  (local $15 i32)
  (local $16 i32)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 f32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 f32)
  (local $28 f32)
  (local $29 i32)
  (local $30 i32)
  local.get $0
  i32.load offset=4
  local.set $18
  local.get $0
  i32.load
  local.tee $13
  i32.const 2
  i32.shl
  local.tee $16
  local.get $9
  i32.add
  local.tee $22
  local.get $16
  i32.add
  local.tee $20
  local.get $3
  local.get $16
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
   local.get $16
   i32.mul
   i32.add
   local.set $19
   local.get $0
   local.get $4
   local.get $5
   local.get $12
   local.get $8
   local.get $22
   local.get $10
   call $assembly/driver/critic_goal_terms
   local.tee $4
   if
    local.get $4
    return
   end
  end
  local.get $19
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
  local.set $23
  local.get $1
  local.get $0
  i32.const 2
  local.get $13
  local.get $9
  local.get $8
  local.get $10
  call $assembly/driver/partial
  i32.eqz
  if
   local.get $1
   return
  end
  local.get $22
  i32.const 0
  local.get $16
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
     local.get $13
     local.get $22
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
     local.set $24
     local.get $0
     i32.load offset=24
     local.set $25
     local.get $20
     local.get $6
     local.get $16
     i32.mul
     i32.add
     local.set $26
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
       local.get $26
       i32.add
       local.get $1
       local.get $24
       i32.add
       v128.load
       local.get $1
       local.get $9
       i32.add
       v128.load
       local.get $1
       local.get $22
       i32.add
       v128.load
       f32x4.add
       f32x4.mul
       local.get $1
       local.get $25
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
     local.set $24
     local.get $0
     i32.load offset=24
     local.set $25
     local.get $20
     local.get $6
     local.get $16
     i32.mul
     i32.add
     local.set $26
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
       local.get $26
       i32.add
       local.get $1
       local.get $24
       i32.add
       f32.load
       local.get $1
       local.get $9
       i32.add
       f32.load
       local.get $1
       local.get $22
       i32.add
       f32.load
       f32.add
       f32.mul
       local.get $1
       local.get $25
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
  local.set $22
  local.get $0
  i32.load offset=48
  f32.load
  local.set $21
  i32.const 0
  local.set $6
  i32.const 0
  local.set $8
  loop $for-loop|1
   local.get $8
   local.get $22
   i32.lt_s
   if
    i32.const 32
    local.get $22
    local.get $8
    i32.sub
    local.tee $1
    local.get $1
    i32.const 32
    i32.gt_s
    select
    local.set $24
    i32.const 0
    local.set $9
    loop $for-loop|2
     local.get $9
     local.get $24
     i32.lt_s
     if
      local.get $19
      local.get $9
      local.get $13
      i32.mul
      i32.const 1
      i32.shl
      i32.add
      local.set $1
      local.get $10
      if
       local.get $20
       local.get $15
       local.get $16
       i32.mul
       i32.add
       local.set $2
       local.get $12
       local.get $6
       local.get $16
       i32.mul
       i32.add
       local.set $25
       local.get $13
       i32.const 2
       i32.shl
       local.set $26
       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
       local.set $17
       i32.const 0
       local.set $3
       loop $for-loop|04
        local.get $3
        local.get $26
        i32.lt_u
        if
         local.get $17
         local.get $2
         local.get $3
         i32.add
         v128.load
         local.get $3
         local.get $25
         i32.add
         v128.load
         f32x4.add
         f32x4.pmax
         local.set $17
         local.get $3
         i32.const 16
         i32.add
         local.set $3
         br $for-loop|04
        end
       end
       f32.const 255
       local.get $17
       f32x4.extract_lane 3
       local.tee $14
       local.get $17
       f32x4.extract_lane 2
       local.tee $27
       local.get $14
       local.get $27
       f32.gt
       select
       local.tee $14
       local.get $17
       f32x4.extract_lane 1
       local.tee $27
       local.get $17
       f32x4.extract_lane 0
       local.tee $28
       local.get $27
       local.get $28
       f32.gt
       select
       local.tee $27
       local.get $14
       local.get $27
       f32.gt
       select
       local.tee $14
       f32.div
       f32.const 0
       local.get $14
       f32.const 0
       f32.gt
       select
       f32x4.splat
       local.set $17
       i32.const 0
       local.set $3
       loop $for-loop|15
        local.get $3
        local.get $26
        i32.lt_u
        if
         local.get $1
         local.get $3
         i32.const 1
         i32.shr_u
         i32.add
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $2
         local.get $3
         i32.add
         local.tee $29
         v128.load
         local.get $3
         local.get $25
         i32.add
         local.tee $30
         v128.load
         f32x4.add
         f32x4.pmax
         local.get $17
         f32x4.mul
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         f32x4.add
         v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000
         i32x4.sub
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         local.get $29
         v128.load offset=16
         local.get $30
         v128.load offset=16
         f32x4.add
         f32x4.pmax
         local.get $17
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
       local.get $20
       local.get $15
       local.get $16
       i32.mul
       i32.add
       local.set $2
       local.get $12
       local.get $6
       local.get $16
       i32.mul
       i32.add
       local.set $25
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
         local.get $2
         local.get $3
         i32.add
         f32.load
         local.get $3
         local.get $25
         i32.add
         f32.load
         f32.add
         local.tee $27
         local.get $14
         local.get $14
         local.get $27
         f32.lt
         select
         local.set $14
         local.get $3
         i32.const 4
         i32.add
         local.set $3
         br $for-loop|02
        end
       end
       f32.const 255
       local.get $14
       f32.div
       f32.const 0
       local.get $14
       f32.const 0
       f32.gt
       select
       local.set $27
       i32.const 0
       local.set $3
       loop $for-loop|13
        local.get $3
        local.get $13
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
         local.get $25
         i32.add
         f32.load
         f32.add
         local.tee $28
         f32.const 0
         local.get $28
         f32.const 0
         f32.gt
         select
         local.get $27
         f32.mul
         f32.nearest
         f32.const 255
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
      local.get $9
      i32.const 2
      i32.shl
      i32.add
      local.get $14
      f32.const 255
      f32.div
      f32.const 0
      local.get $14
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
    local.set $25
    local.get $10
    if
     local.get $19
     local.get $24
     local.get $13
     local.get $0
     i32.load offset=32
     local.get $18
     local.get $23
     call $assembly/kernels/gemm_i16_w8_i32/gemm_i16_w8_i32_simd
     local.get $23
     local.get $24
     local.get $4
     local.get $0
     i32.load offset=36
     local.get $0
     i32.load offset=40
     local.get $0
     i32.load offset=44
     local.get $21
     local.get $18
     local.get $25
     local.get $11
     call $assembly/kernels/dequant_relu_dot_sigmoid_f32/dequant_relu_dot_sigmoid_f32_simd
    else
     local.get $0
     i32.load offset=28
     local.set $26
     i32.const 0
     local.set $9
     loop $for-loop|06
      local.get $9
      local.get $24
      i32.lt_s
      if
       local.get $19
       local.get $9
       local.get $13
       i32.mul
       i32.const 1
       i32.shl
       i32.add
       local.set $29
       i32.const 0
       local.set $1
       loop $for-loop|17
        local.get $1
        local.get $18
        i32.lt_s
        if
         local.get $26
         local.get $1
         local.get $13
         i32.mul
         i32.add
         local.set $30
         i32.const 0
         local.set $2
         i32.const 0
         local.set $3
         loop $for-loop|28
          local.get $3
          local.get $13
          i32.lt_s
          if
           local.get $2
           local.get $29
           local.get $3
           i32.const 1
           i32.shl
           i32.add
           i32.load16_s
           local.get $3
           local.get $30
           i32.add
           i32.load8_s
           i32.mul
           i32.add
           local.set $2
           local.get $3
           i32.const 1
           i32.add
           local.set $3
           br $for-loop|28
          end
         end
         local.get $23
         local.get $9
         local.get $18
         i32.mul
         local.get $1
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.get $2
         i32.store
         local.get $1
         i32.const 1
         i32.add
         local.set $1
         br $for-loop|17
        end
       end
       local.get $9
       i32.const 1
       i32.add
       local.set $9
       br $for-loop|06
      end
     end
     local.get $23
     local.get $24
     local.get $4
     local.get $0
     i32.load offset=36
     local.get $0
     i32.load offset=40
     local.get $0
     i32.load offset=44
     local.get $21
     local.get $18
     local.get $25
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
