import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import Box from '@mui/material/Box';
import { useId, type ReactNode } from 'react';
import { type Control, type FieldPath, type FieldPathValue, type FieldValues, useController } from 'react-hook-form';

type BooleanPath<T extends FieldValues> = {
  [K in FieldPath<T>]: FieldPathValue<T, K> extends boolean ? K : never;
}[FieldPath<T>];
type StringPath<T extends FieldValues> = {
  [K in FieldPath<T>]: FieldPathValue<T, K> extends string ? K : never;
}[FieldPath<T>];

interface FormTextFieldProps<T extends FieldValues> extends Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'error'> {
  control: Control<T>;
  name: StringPath<T>;
  /** Shown when the field is valid; an error message replaces it. */
  hint?: ReactNode;
  /** Rendered under the field, e.g. a bucket check's result. */
  after?: ReactNode;
}

/** A text field bound to the form: its rule's message under it once the user has left it, or on submit. */
export function FormTextField<T extends FieldValues>({ control, name, hint, after, ...props }: FormTextFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Box>
      <TextField
        {...props}
        name={field.name}
        value={field.value as string}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        error={fieldState.invalid}
        helperText={fieldState.error?.message ?? hint}
        fullWidth
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', ...props.slotProps?.htmlInput } }}
      />
      {after}
    </Box>
  );
}

interface FormCheckboxProps<T extends FieldValues> {
  control: Control<T>;
  name: BooleanPath<T>;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

/** A yes/no setting with what it does in words; a server rejection shows under it. */
export function FormCheckbox<T extends FieldValues>({ control, name, label, hint, disabled }: FormCheckboxProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const hintId = useId();
  const message = fieldState.error?.message ?? hint;
  return (
    <Box>
      <FormControlLabel
        label={label}
        disabled={disabled}
        control={
          <Checkbox
            name={field.name}
            checked={field.value as boolean}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            slotProps={{ input: { ref: field.ref, 'aria-describedby': message ? hintId : undefined, 'aria-invalid': fieldState.invalid || undefined } }}
          />
        }
      />
      {message ? (
        <FormHelperText id={hintId} error={fieldState.invalid} sx={{ mt: -0.5, ml: 4 }}>
          {message}
        </FormHelperText>
      ) : null}
    </Box>
  );
}
