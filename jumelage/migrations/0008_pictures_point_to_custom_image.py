from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    dependencies = [
        ('jumelage', '0007_copy_images'),
    ]

    operations = [
        migrations.AlterField(
            model_name='homepage',
            name='hero_image',
            field=models.ForeignKey(blank=True, help_text='A wide picture (at least 1600 pixels wide) shown at the top of the page.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='jumelage.customimage', verbose_name='Top image'),
        ),
        migrations.AlterField(
            model_name='standardpage',
            name='hero_image',
            field=models.ForeignKey(blank=True, help_text='A wide picture (at least 1600 pixels wide) shown at the top of the page.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='jumelage.customimage', verbose_name='Top image'),
        ),
    ]
